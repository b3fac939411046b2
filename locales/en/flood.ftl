# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = You are sending many messages very quickly. I read all of them and will answer in a moment. Please write a little more slowly.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = I read all the messages you sent one after another. Here is the answer to the last one.
