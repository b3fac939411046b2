# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Umviriza
recordings-listen-gone = Iri jwi ntirikiboneka.
