# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Russian appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# Coach: коуч; Immigration Office: Служба по делам иностранцев; appointment: встреча. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.

command-appointments = Мои встречи
coach-invite-invalid = Эта ссылка больше не действует (уже использована, устарела или неизвестна). Попросите новую ссылку.
coach-not-allowed = ⛔ Эта семья или эта встреча не относится к вашим делам. Ничего не сделано.
coach-gone = Этой встречи больше нет: она отменена или уже прошла.

## Kinds of appointment
coach-kind-lawyer = Адвокат
coach-kind-office = Собеседование в Службе по делам иностранцев
coach-kind-doctor = Врач
coach-kind-school = Школа
coach-kind-embassy = Посольство
coach-kind-court = Совещательная палата (суд)
coach-kind-other = Встреча

## Read by families
coach-family-joined = ✅ Вы связаны со своим коучем ({ $coach }). Ваши встречи будут приходить сюда, на вашем языке. Ваш коуч работает на Службу по делам иностранцев и читает ваши ответы здесь.
coach-family-new = 📅 <b>Новая встреча</b>
coach-family-changed = ✏️ <b>Встреча изменена</b>
coach-family-cancelled = ❌ <b>Встреча отменена</b>
coach-family-reminder = ⏰ <b>Напоминание о встрече</b>
coach-family-late = (Это напоминание пришло с опозданием: сервис какое-то время не работал.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Заметка вашего коуча (без перевода): <i>{ $note }</i>
coach-family-free-text = ✍️ Сообщение от вашего коуча (без перевода, написано самим коучем):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Я приду
coach-button-need-help = 🆘 Мне нужна помощь
coach-family-thanks = Спасибо, ваш коуч предупреждён.
coach-family-help-ask = Ваш коуч предупреждён. Напишите здесь, что вам нужно.
coach-family-help-sent = Ваше сообщение передано коучу.
coach-family-closed = Эта встреча отменена или уже прошла.
coach-family-appointments = 📅 <b>Ваши встречи</b>
coach-family-appointments-none = У вас нет запланированных встреч.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Звонил ваш адвокат. Пожалуйста, перезвоните ему.
    .label = Звонил адвокат: перезвонить
phrase-come-to-office = 🏢 Пожалуйста, приходите в кабинет вашего коуча: { $when }.
    .label = Прийти в кабинет (со временем)
phrase-bring-documents = 📄 Пожалуйста, принесите на следующую встречу ваши документы (удостоверения личности и полученные письма).
    .label = Принести документы
phrase-coach-visit = 🏠 Ваш коуч придёт к вам домой: { $when }.
    .label = Визит домой (со временем)
phrase-letter-arrived = ✉️ Для вас пришло письмо. Попросите его у своего коуча.
    .label = Пришло письмо
phrase-see-coach-today = 💬 Пожалуйста, зайдите сегодня к своему коучу.
    .label = Зайти ко мне сегодня
