# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Muriko murarungika ubutumwa bwinshi cane ningoga. Ndabusoma bwose kandi ndishura mu kanya gato. Muranditse buhoro gato, turabasavye.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = Nasomye ubutumwa bwose mwarungitse bukurikirana. Iyi ni inyishu y'ubwa nyuma.
