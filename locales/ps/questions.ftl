# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.
# Right to left: start every line with a Pashto word, never with a Latin word or a /command.

questions-did-it-help = ایا دې ستاسو پوښتنې ته ځواب ورکړ؟
questions-yes = 👍 هو
questions-no = 👎 نه
questions-thanks =
    مننه. هر وخت کولای شئ بله پوښتنه ولیکئ، یا /menu ولیکئ.
questions-choose =
    څو موضوعګانې کېدای شي ستاسو پوښتنې ته ځواب ورکړي.
    کومه یې پرانیزئ؟
questions-not-found =
    په کتل شویو معلوماتو کې مې ستاسو پوښتنې ته ځواب ونه موند.
    غوره ګڼم چې درته ووایم، نه دا چې اټکل وکړم.
questions-not-helped =
    بښنه غواړم، دې پاڼې ستاسو پوښتنې ته ځواب ورنه کړ.
    بل کتل شوی ځواب نه لرم.
questions-coach-offer =
    ستاسو روزونکی هم مرسته کولای شي: کله چې یې وینئ، ترې وپوښتئ.
    ژر به وکولای شئ خپله پوښتنه د دې روباټ له لارې روزونکي ته ولېږئ.
    روزونکی د بهرنیانو دفتر لپاره کار کوي. د خپلې دفاع لپاره له خپل وکیل سره خبرې وکړئ.

    یا لاندې یوه موضوع وټاکئ:
