# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Слушать
recordings-listen-gone = Эта запись больше недоступна.
