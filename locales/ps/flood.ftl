# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = تاسو ډېر پیغامونه ډېر ژر لېږئ. زه ټول لولم او یوه شېبه وروسته ځواب درکوم. مهرباني وکړئ لږ ورو ولیکئ.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = ما هغه ټول پیغامونه ولوستل چې تاسو یو په بل پسې لېږلي وو. دا د وروستي پیغام ځواب دی.
