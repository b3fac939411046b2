# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Вы отправляете много сообщений очень быстро. Я прочитаю их все и отвечу через мгновение. Пожалуйста, пишите чуть медленнее.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = Я прочитал все сообщения, которые вы отправили подряд. Вот ответ на последнее.
