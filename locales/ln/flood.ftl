# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Bozali kotinda ba message ebele mingi noki-noki. Nakotanga yango nyonso mpe nakozongisa eyano sima ya mwa ntango. Bolimbisa, bokoma mwa malembe.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = Natangi ba message nyonso oyo botindaki moko sima ya mosusu. Tala eyano na oyo ya nsuka.
