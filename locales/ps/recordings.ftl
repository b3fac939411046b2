# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = ‏🔊 واورئ
recordings-listen-gone = دا غږ نور نشته.
