# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Beluisteren
recordings-listen-gone = Deze opname is niet meer beschikbaar.
