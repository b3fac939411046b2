# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = ‏🔊 گوێ بگرە
recordings-listen-gone = ئەم دەنگە چیتر بەردەست نییە.
