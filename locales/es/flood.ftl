# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Está enviando muchos mensajes muy rápido. Los leo todos y respondo en un momento. Por favor, escriba un poco más despacio.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = He leído todos los mensajes que envió seguidos. Esta es la respuesta al último.
