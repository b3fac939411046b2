# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Լսել
recordings-listen-gone = Այս ձայնագրությունն այլևս հասանելի չէ։
