# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Просьба о помощи, которую вы пишете и ещё не отправили: хранится 30 минут, чтобы она не потерялась при перезапуске бота.
support-mydata-draft = • Просьба о помощи, которую вы ещё не отправили: удаляется через { $minutes } минут после начала
support-mydata-held = • Голосовое сообщение, которое вы ещё можете отправить человеку: удаляется через { $minutes } минут

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, участник { $position } ({ $language }) недоступен и не получил: { $what }. Встретьтесь с семьёй лично.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } недоступен и не получил: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Не дошло: { $what }
undelivered-what-appointment = сообщение о встрече
undelivered-what-request = сообщение о просьбе о помощи
undelivered-what-message = сообщение от коуча
undelivered-what-notice = уведомление бота
