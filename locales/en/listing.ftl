# amo-preflight: messages of the listing part in en.
