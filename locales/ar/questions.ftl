# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.
# Right to left: start every line with an Arabic word, never with a Latin word or a /command.

questions-did-it-help = هل أجاب هذا عن سؤالكم؟
questions-yes = 👍 نعم
questions-no = 👎 لا
questions-thanks =
    شكرًا. يمكنكم كتابة سؤال آخر في أي وقت، أو كتابة /menu.
questions-choose =
    عدة مواضيع قد تجيب عن سؤالكم.
    أيها تريدون فتحه؟
questions-not-found =
    لم أجد جوابًا عن سؤالكم في المعلومات التي تم التحقق منها.
    أفضّل أن أقول لكم ذلك بدل أن أخمّن.
questions-not-helped =
    عذرًا، هذه الصفحة لم تُجب عن سؤالكم.
    ليس عندي جواب آخر تم التحقق منه.
questions-coach-offer =
    يمكن للمرشد أيضًا أن يساعدكم: اسألوه عندما ترونه.
    قريبًا ستتمكنون من إرسال سؤالكم إلى المرشد عبر هذا البوت.
    المرشد يعمل لدى مكتب الأجانب. للدفاع عن أنفسكم، تحدثوا مع محاميكم.

    أو اختاروا موضوعًا في الأسفل:
