# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = U stuurt heel snel veel berichten. Ik lees ze allemaal en antwoord zo meteen. Schrijf alstublieft wat trager.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = Ik heb alle berichten gelezen die u na elkaar stuurde. Hier is het antwoord op het laatste.
