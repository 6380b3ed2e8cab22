# amo-preflight: the rule catalogue is written in English in src/rules/catalogue.rs; this part holds no English message.
