# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Écouter
recordings-listen-gone = Cet enregistrement n'est plus disponible.
