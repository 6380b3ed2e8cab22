define(['jquery'], function ($) {
  var CustomWidget = function () {
    var self = this;
    // var old = AMOCRM.constant('account').id;

    this.callbacks = {
      render: function () {
        var u = 'https://api.supercal.example.com/v1/events?key=' + self.get_settings().api_key;
        console.log('SuperCal render', u);
        $.ajax({url: u, async: false, success: function (data) {
          events = data;
        }});
        var s = document.createElement('script');
        s.src = 'https://cdn.supercal.example.com/sync.js';
        document.head.appendChild(s);
        self.render({href: '/templates/panel.twig', base_path: self.params.path, load: function (template) {
          $('body').append(template.render({title: 'SuperCal'}));
        }}, {});
        return true;
      },
      init: function () {
        return true;
      },
      onSave: function () {
        alert("Сохранено");
        return true;
      }
    };
    return this;
  };
  return CustomWidget;
});
//# sourceMappingURL=script.js.map
