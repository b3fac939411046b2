# После решения: последний день, чтобы действовать, напоминания, карточка адвоката. Читают семьи.
# Пока никем не проверено. Только HTML Telegram. Значения { $... } подставляет бот.

command-deadline = Последний день после решения

deadlines-button-received = 📄 Я получил(а) решение
deadlines-button-cancel = ✖️ Отменить
deadlines-cancelled = Отменено. Ничего не сохранено.
deadlines-stale = Эта кнопка больше не действует. Начните снова с /deadline.
deadlines-unavailable = <b>⚠️ Свяжитесь с адвокатом сегодня.</b> Бот сейчас не может посчитать дни.

deadlines-ask-kind =
    <b>Что это за решение?</b> Посмотрите на верх листа (бланк):
    • Ведомство по делам иностранцев: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (например, предписание покинуть территорию)
    • CGRS, убежище: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, новое (повторное) заявление об убежище признано неприемлемым: тот же бланк, со словами «demande ultérieure» / «volgend verzoek»
    • Постановление: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Ведомство по делам иностранцев (OE / DVZ)
deadlines-kind-cgrs = Решение CGRS об убежище (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: новое заявление неприемлемо
deadlines-kind-cce-judgment = Постановление CCE / RvV
deadlines-kind-unknown = Не знаю

deadlines-ask-second = Это <b>вторая (или следующая) мера по высылке</b>? То есть: вы уже получали раньше предписание покинуть территорию или решение о высылке?
deadlines-answer-yes = Да
deadlines-answer-no = Нет
deadlines-answer-unknown = Не знаю

deadlines-ask-how = <b>Когда и как вы получили решение?</b>
deadlines-how-today = Вручено мне сегодня
deadlines-how-yesterday = Вручено мне вчера
deadlines-how-other-day = Вручено в другой день
deadlines-how-registered = Заказным письмом
deadlines-how-letter = Обычным письмом
deadlines-how-unknown = Не знаю

deadlines-ask-date-in-person = В какой день вам его вручили (или вы отказались его взять)?
deadlines-ask-date-registered = В какой день вам предъявили заказное письмо (день, когда приходил почтальон)?
deadlines-ask-date-letter = Какая дата на почтовом штемпеле? Если не знаете, выберите дату, написанную на решении. Не день, когда оно пришло.
deadlines-date-unknown = Я не знаю дату

deadlines-ask-house = Вы жили в доме возвращения, когда получили его?
deadlines-house-yes = Да, в доме возвращения
deadlines-house-no = Нет

deadlines-contact-lawyer = <b>⚠️ Свяжитесь с адвокатом сегодня.</b>
deadlines-card = 👩‍⚖️ Ваш адвокат: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Вы не знаете, что это за решение. Поэтому вот самое короткое правило: { $days } дн., считая со дня после вручения.
deadlines-shortest-date = Вы не знаете дату. Поэтому вот самое короткое правило: { $days } дн., считая так, будто решение вручили сегодня. Если это было раньше, последний день тоже раньше.
deadlines-at-latest =
    • <b>{ $remedy }</b>: не позднее <b>{ $day }</b> ({ $days } дн.)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: без срока.
    { $rule } [{ $sources }]
deadlines-decision-counts = Если в самом решении указан более короткий срок, действует он. Точный день подтверждает ваш адвокат.
deadlines-unreviewed = <i>Эти даты рассчитаны по правилам, которые ещё не проверил ни один адвокат.</i>

deadlines-remedy-cce-appeal = Жалоба в CCE / RvV
deadlines-remedy-extreme-urgency = Приостановление в порядке крайней срочности (CCE / RvV)
deadlines-remedy-cgrs-appeal = Жалоба в CCE / RvV на решение CGRS
deadlines-remedy-cgrs-subsequent-appeal = Жалоба в CCE / RvV на неприемлемость
deadlines-remedy-council-of-state = Жалоба в Государственный совет
deadlines-remedy-council-chamber = Ходатайство об освобождении в Совещательную палату

deadlines-rule-cce-appeal-detained = 10 дней со дня после уведомления: дом возвращения считается содержанием под стражей.
deadlines-rule-cce-appeal = 30 дней со дня после уведомления, если вы не под стражей.
deadlines-rule-extreme-urgency = 10 дней со дня после уведомления о мере по высылке.
deadlines-rule-extreme-urgency-second-removal = 5 дней со дня после уведомления о второй (или следующей) мере по высылке.
deadlines-rule-cgrs-appeal-detained = 10 дней под стражей (дом возвращения считается). Официальные страницы расходятся: CGRS указывает срок в самом решении.
deadlines-rule-cgrs-appeal = 30 календарных дней со дня после уведомления, если вы не под стражей.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 дней под стражей (дом возвращения считается).
deadlines-rule-cgrs-subsequent-appeal = 10 дней, если вы не под стражей.
deadlines-rule-council-of-state = 30 дней со дня после уведомления о постановлении. Текст закона не найден: спросите адвоката.
deadlines-rule-council-chamber = Адвокат может подать его в любое время и снова каждый месяц. Совещательная палата решает в течение 5 рабочих дней.

deadlines-button-lawyer-has-it = ✅ Этим занимается мой адвокат
deadlines-button-tell-coach = 📣 Сообщить моему коучу (коуч работает на Ведомство по делам иностранцев)
deadlines-button-card = 👩‍⚖️ Карточка моего адвоката
deadlines-button-cannot-reach = ☎️ Не могу связаться с адвокатом
deadlines-another = Вы получили ещё одно решение?

deadlines-reminder-head = ⏰ <b>Напоминание: решение.</b>
deadlines-by-coach = 📄 <b>Ваш коуч зарегистрировал решение для вашей семьи.</b>
deadlines-stopped = ✅ Записано: этим занимается ваш адвокат. Напоминания прекращаются для всей семьи.
deadlines-state-lawyer = ✅ Этим занимается ваш адвокат: напоминаний больше нет.
deadlines-state-passed = Этот последний день прошёл. Спросите адвоката, что ещё возможно.
deadlines-coach-told = 📣 Ваш коуч уведомлён. Помните: коуч работает на Ведомство по делам иностранцев, он не ваш адвокат.
deadlines-no-coach = Вы не связаны с коучем в этом боте, поэтому никто не уведомлён.

deadlines-card-none = Карточка адвоката не сохранена. Вы можете сохранить имя адвоката и его телефон или e-mail: тогда они будут видны здесь, на странице об адвокате и в напоминаниях. Это необязательно, удалить можно в любой момент.
deadlines-card-about = Эту карточку видит вся ваша семья. Изменить или удалить её можно в любой момент.
deadlines-button-card-edit = ✏️ Сохранить или изменить
deadlines-button-card-delete = 🗑 Удалить
deadlines-card-ask-name = Напишите имя вашего адвоката.
deadlines-card-ask-contact = Теперь напишите телефон или e-mail вашего адвоката.
deadlines-card-bad-name = Пожалуйста, напишите имя не длиннее 80 знаков.
deadlines-card-bad-contact = Это не номер телефона и не адрес e-mail. В номере телефона цифры, можно с + и пробелами, например +32 2 123 45 67. Напишите ещё раз.
deadlines-card-saved = ✅ Сохранено.
deadlines-card-deleted = 🗑 Карточка адвоката удалена.

deadlines-cannot-reach =
    <b>Не можете связаться с адвокатом?</b>
    • Бесплатного адвоката («pro deo») назначает бюро юридической помощи каждой коллегии адвокатов: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Считается, что иностранцы имеют на это право в процедурах по пребыванию и при обжаловании; несовершеннолетние имеют право всегда.
    • Обратитесь в BAJ/BJB или сразу к адвокату, который попросит о своём назначении.
    Можно также попросить о помощи ниже: её прочитает ваш коуч (или координаторы).

deadlines-button-register = 📄 Зарегистрировать решение
deadlines-coach-pick = Для какой семьи вы регистрируете решение?
deadlines-coach-registered = ✅ Зарегистрировано. Каждый член семьи получает сообщение сейчас, на своём языке, и напоминание каждый день.
deadlines-coach-notice = 📄 Семья { $label } (член { $position }, { $language }) зарегистрировала решение и попросила сообщить вам. Последний день, не позднее: { $day }.

deadlines-mydata-title = <b>Решения и карточка адвоката</b>
deadlines-mydata-item = • { $kind }: последний день не позднее { $day } ({ $state })
deadlines-mydata-state-open = напоминания идут
deadlines-mydata-state-lawyer = этим занимается ваш адвокат
deadlines-mydata-state-passed = прошло
deadlines-privacy-notice = • <b>Решения:</b> если вы регистрируете решение, бот хранит только ваши ответы на кнопки (что это, дата, как вы его получили, в доме или нет) и последний день, чтобы напоминать всей семье. Карточку адвоката (имя, телефон или e-mail), если вы её сохраните. Коуч узнаёт, только если вы нажмёте «сообщить моему коучу». /forget удаляет то, что вы зарегистрировали.
deadlines-privacy-retention = • Решение удаляется через { $days } дн. после его последнего дня.
