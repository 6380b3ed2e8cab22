# amo-preflight: messages of the dev part in pt.

dev-placeholders-template-text = "{ $text }" ({ $key } em { $file })
dev-placeholders-in-manifest = { $what } no manifest.json, chave { $key }
dev-placeholders-in-script = { $what } em { $place }
dev-placeholders-texts = Os textos do widget ainda são os do modelo: { $texts }.
dev-placeholders-left = Sobras do desenvolvimento ou de um modelo: { $found }. Troque cada uma pelo valor real ou verifique se é só um exemplo mostrado aos usuários.
dev-placeholders-pass = Nenhum texto de modelo, endereço de exemplo ou marcador de build não preenchido foi encontrado.
dev-oauth2-platform-credentials = As configurações pedem chaves ou senhas do amoCRM / Kommo ({ $fields }); as integrações devem usar OAuth 2.0.
dev-oauth2-no-credentials = As configurações não pedem chaves nem senhas. Confirme que a integração se conecta por OAuth 2.0 (as chaves e os escopos dela).
dev-oauth2-other-service = As configurações pedem chaves ou senhas de outro serviço (abaixo), não do amoCRM / Kommo. Confirme que a integração se conecta ao amoCRM / Kommo por OAuth 2.0 (as chaves e os escopos dela).
dev-evidence-other-credential = credencial de outro serviço
