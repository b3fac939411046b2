# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Hûn pir zû gelek peyaman dişînin. Ez ê hemûyan bixwînim û di kêliyekê de bersiv bidim. Ji kerema xwe hinekî hêdîtir binivîsin.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = Min hemû peyamên ku we li pey hev şandin xwendin. Ev bersiva ya dawî ye.
