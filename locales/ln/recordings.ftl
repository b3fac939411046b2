# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Yoka
recordings-listen-gone = Mongongo oyo ezali lisusu te.
