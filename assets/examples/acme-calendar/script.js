define(['jquery'], function ($) {
  'use strict';

  var CustomWidget = function () {
    var self = this;
    // Click handlers are bound under this namespace so destroy can remove them all at once.
    var eventNamespace = '.acmeCalendar';
    // The settings form is kept here between the settings and onSave callbacks.
    var settingsBody = null;

    // An empty reminder is allowed; otherwise it must be a whole number of minutes.
    function isValidReminder(value) {
      return value === '' || /^[0-9]+$/.test(value);
    }

    // Loads the panel template and shows it in the widget column of the card.
    function renderPanel() {
      var texts = self.i18n('ui');
      var errors = self.i18n('errors');
      var settings = self.get_settings() || {};

      self.render({
        href: '/templates/event.twig',
        base_path: self.params.path,
        load: function (template) {
          var markup = template.render({
            panel_title: texts.panel_title,
            add_event: texts.add_event,
            no_events: texts.no_events,
            error_text: settings.calendar_name ? '' : errors.calendar_unavailable
          });

          self.render_template({
            caption: {
              class_name: 'acme-calendar__caption'
            },
            body: markup,
            render: ''
          });
        }
      }, {});
    }

    // Adds the typed event to the panel list and hides the empty-state message.
    function addEvent($panel) {
      var $input = $panel.find('.acme-calendar__input');
      var title = String($input.val() || '').trim();

      if (title === '') {
        return;
      }

      $('<li>', { 'class': 'acme-calendar__item' })
        .text(title)
        .appendTo($panel.find('.acme-calendar__list'));
      $panel.find('.acme-calendar__empty').hide();
      $input.val('');
    }

    this.callbacks = {
      render: function () {
        renderPanel();
        return true;
      },
      init: function () {
        return true;
      },
      bind_actions: function () {
        $(document).on('click' + eventNamespace, '.acme-calendar__add', function () {
          addEvent($(this).closest('.acme-calendar__panel'));
        });
        return true;
      },
      settings: function ($modalBody) {
        settingsBody = $modalBody || null;
        return true;
      },
      onSave: function () {
        var errors = self.i18n('errors');
        var value;
        var $message;

        if (!settingsBody) {
          return true;
        }

        value = String(settingsBody.find('input[name="reminder_minutes"]').val() || '').trim();
        settingsBody.find('.acme-calendar__settings-error').parent().remove();

        if (!isValidReminder(value)) {
          $message = $('<div>', { 'class': 'acme-calendar' }).append(
            $('<p>', { 'class': 'acme-calendar__settings-error' }).text(errors.save_failed)
          );
          settingsBody.append($message);
          return false;
        }

        return true;
      },
      destroy: function () {
        $(document).off(eventNamespace);
        settingsBody = null;
      }
    };

    return this;
  };

  return CustomWidget;
});
