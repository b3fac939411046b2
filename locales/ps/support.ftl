# د مرستې غوښتنې: له یو چا سره خبرې، د کورنۍ په رضایت. کورنۍ یې لولي.
# یوازې د ټلیګرام HTML. د { $... } ارزښتونه روباټ ډکوي. شمېرې: یوازې له FACTS.md، ۶ برخه.

command-talk = له یو چا سره خبرې
command-requests = زما د مرستې غوښتنې

support-talk-button = 🗣 غواړم له یو چا سره خبرې وکړم
support-question-button = 📨 زما پوښتنه روزونکي ته ولېږئ

support-crisis =
    <b>که موضوع جدي یا بېړنۍ ده، همدا اوس زنګ ووهئ.</b> وړیا.
    • 112: سمدستي خطر، بېړنۍ پېښه
    • 1813: د ځان وژنې د مخنیوي کرښه (Zelfmoordlijn). په هالنډي ژبه، 24 ساعته، د چټ له لارې هم.
    • 0800 32 123: د ځان وژنې د مخنیوي مرکز (Centre de Prévention du Suicide). په فرانسوي ژبه، 24 ساعته. مشورې په انګلیسي، عربي او هسپانوي ژبو هم شته.
    • 106: د اورېدو کرښه (Tele-Onthaal). په هالنډي ژبه.
    • 107: د اورېدو کرښه (Télé-Accueil). په فرانسوي ژبه.
    د ماشومانو لپاره:
    • 102: اول (Awel). په هالنډي ژبه.
    • 103: د ماشومانو د اورېدو کرښه (Écoute-Enfants). په فرانسوي ژبه.
    • 116 000: چایلډ فوکس (Child Focus).

support-ask-kind = کومه مرسته غواړئ؟
support-kind-coach = 👤 له خپل روزونکي سره خبرې
support-kind-psychological = 🧠 خپلواکه رواني مرسته
support-kind-child = 🧒 د یو ماشوم لپاره مرسته
support-kind-urgent = 🚨 بېړنی، نن
support-button-cancel = ✖️ لغوه کول
support-cancelled = لغوه شو. هیڅ شی ونه لېږل شو او هیڅ شی ونه ساتل شو.
support-draft-gone = دا غوښتنه ونه لېږل شوه (ډېره زړه ده یا روباټ بیا پیل شو). مهرباني وکړئ له سره یې پیل کړئ.
support-button-skip = ➡️ پرته له پیغام
support-ask-message =
    تاسو کولی شئ یو پیغام ولیکئ، په خپله ژبه یا په بله هره ژبه.
    یا «پرته له پیغام» کېکاږئ.
support-message-too-long = پیغام باید تر { $limit } تورو زیات نه وي. مهرباني وکړئ لنډ یې کړئ او بیا یې ولېږئ.

support-reader-coach = ستاسو روزونکی، <b>{ $coach }</b>، چې د بهرنیانو دفتر لپاره کار کوي
support-reader-coordinators = د روزونکو همغږي کوونکي (تاسو داسې روزونکی نه لرئ چې د دې روباټ له لارې ورته ورسېږئ)
support-nobody =
    اوس مهال هیڅوک نشي کولی د دې روباټ له لارې غوښتنه ترلاسه کړي. هیڅ شی ونه لېږل شو او نه وساتل شو.
    پورته شمېرې وکاروئ، یا کله چې خپل روزونکی وینئ ورسره خبرې وکړئ.

support-consent =
    <b>د لېږلو مخکې، وګورئ:</b>
    غوښتل شوې مرسته: { $kind }
    ‏{ $message }

    <b>څوک به یې لولي:</b> { $reader }.
    <b>څه ساتل کېږي:</b> د مرستې ډول، ستاسو پیغام او نېټه. ستاسو پیغام د غوښتنې له پای ته رسېدو { $days } ورځې وروسته پاکېږي. امر /requests ستاسو غوښتنې ښيي، او امر /forget هر څه پاکوي.

    تر هغه چې «لېږل» کېکاږئ، هیڅ شی نه لېږل کېږي.
support-consent-message =
    ستاسو پیغام:
    ‏<blockquote>{ $text }</blockquote>
support-consent-no-message = پرته له پیغام.
support-consent-independent = ستاسو روزونکی کولی شي تاسو یو خپلواک خدمت (Ulysse، Exil، Solentra) یا د اورېدو کرښې ته ولېږي.
support-button-send = 📤 لېږل

support-receipt =
    ✅ ستاسو غوښتنه شمېره { $id } خوندي شوه. دا به { $reader } ولولي.
    کله چې یو چا ولوستله، دلته به پیغام ترلاسه کړئ.
    تر هغه چې نه وي لوستل شوې، تاسو یې بېرته اخیستی شئ: /requests
support-button-requests = 📋 زما غوښتنې

support-status-unread = ⏳ لا نه ده لوستل شوې
support-status-read = 👀 لوستل شوې
support-status-replied = 💬 ځواب ولېږل شو
support-status-referred = 🤝 یو خدمت وړاندیز شو
support-status-withdrawn = ↩️ بېرته اخیستل شوې
support-requests-none = تاسو د مرستې هیڅ غوښتنه نه ده لېږلې.
support-requests-title = <b>ستاسو د مرستې غوښتنې</b>
support-requests-item = • غوښتنه شمېره { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ غوښتنه شمېره { $id } بېرته اخیستل
support-button-withdraw-yes = ↩️ هو، بېرته یې واخلئ
support-button-keep = ساتل
support-withdraw-confirm = غوښتنه شمېره { $id } بېرته اخلئ؟ نه به لوستل کېږي.
support-withdraw-too-late = دا غوښتنه مخکې لوستل شوې یا بېرته اخیستل شوې: نور یې بېرته نشئ اخیستی.
support-withdrawn = ↩️ غوښتنه شمېره { $id } بېرته واخیستل شوه. که د هغه کس تلیفون ته رسېدلې وه، هغه ته به وویل شي چې بېرته اخیستل شوې ده.

support-family-read =
    👀 ستاسو غوښتنه شمېره { $id } { $by ->
        [coach] ستاسو روزونکي
       *[coordinator] یو همغږي کوونکي
    } ولوستله.
support-family-reply-phrase =
    💬 ستاسو غوښتنې شمېره { $id } ته ځواب، له { $by ->
        [coach] ستاسو روزونکي
       *[coordinator] یو همغږي کوونکي
    } څخه:
    ‏{ $phrase }
support-family-reply-text =
    💬 ستاسو غوښتنې شمېره { $id } ته ځواب، چې { $by ->
        [coach] ستاسو روزونکي
       *[coordinator] یو همغږي کوونکي
    } لیکلی (د هغه خپلې خبرې، نه دي ژباړل شوې):
    ‏<blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 ستاسو د غوښتنې شمېره { $id } په اړه، { $by ->
        [coach] ستاسو روزونکی
       *[coordinator] یو همغږي کوونکی
    } دا خپلواک خدمت وړاندیز کوي:
    ‏{ $service }

support-service-ulysse =
    <b>اولیس (Ulysse)</b>، په بروکسل کې: د هغو خلکو لپاره چې اوسېدنه یې ډاډمنه نه ده. وړیا، له ژباړونکو سره.
    له خپل روزونکي یا ډاکټر څخه وپوښتئ چې هلته څنګه ورشئ.
support-service-exil =
    <b>اګزیل (Exil)</b>، په بروکسل کې: د هغو خلکو لپاره چې له شکنجې یا منظم تاوتریخوالي ژوندي پاتې شوي دي. وړیا.
    له خپل روزونکي یا ډاکټر څخه وپوښتئ چې هلته څنګه ورشئ.
support-service-solentra =
    <b>سولنترا (Solentra)</b>، د UZ Brussel په روغتون کې: له دوه نیم کلنۍ څخه پورته کډوالو ماشومانو او د هغوی کورنیو لپاره. وړیا.
    یو مسلکي کس باید تاسو هلته ولېږي: له خپل روزونکي یا ډاکټر څخه وپوښتئ.
support-service-lines =
    <b>د اورېدو کرښې</b>، وړیا:
    • 1813: د ځان وژنې د مخنیوي کرښه (Zelfmoordlijn). په هالنډي ژبه، 24 ساعته، د چټ له لارې هم.
    • 0800 32 123: د ځان وژنې د مخنیوي مرکز (Centre de Prévention du Suicide). په فرانسوي ژبه، 24 ساعته. مشورې په انګلیسي، عربي او هسپانوي ژبو هم شته.
    • 106: د اورېدو کرښه (Tele-Onthaal). په هالنډي ژبه.
    • 107: د اورېدو کرښه (Télé-Accueil). په فرانسوي ژبه.
support-service-children =
    <b>د ماشومانو لپاره کرښې</b>، وړیا:
    • 102: اول (Awel). په هالنډي ژبه.
    • 103: د ماشومانو د اورېدو کرښه (Écoute-Enfants). په فرانسوي ژبه.
    • 116 000: چایلډ فوکس (Child Focus).

support-not-allowed = ⛔ دا غوښتنه ستاسو نه ده. هیڅ کار ونه شو.

support-privacy-notice = • ستاسو د مرستې غوښتنې، که یې ولېږئ: د مرستې ډول، ستاسو پیغام او نېټې. ترڅو ستاسو روزونکی (یا یو همغږي کوونکی) تاسو ته ځواب درکړي. ستاسو روزونکی د بهرنیانو دفتر لپاره کار کوي.
support-privacy-retention = • د مرستې د غوښتنې پیغام د غوښتنې له پای ته رسېدو { $days } ورځې وروسته پاکېږي.
support-mydata-title = <b>د مرستې غوښتنې</b>
support-mydata-item = • غوښتنه شمېره { $id }: { $kind }
support-mydata-item-with-text = • غوښتنه شمېره { $id }: { $kind }، له ستاسو پیغام سره

## Voice notes

support-voice-outside = زه غږیز پیغامونه نه شم اورېدلی. غواړئ چې دا غږیز پیغام یو کس ته ولېږئ؟
support-voice-send-button = 📨 یو کس ته یې ولېږئ
support-voice-crisis-button = ‏🆘 بېړني شمېرې
support-voice-too-long = غږیز پیغام تر { $minutes } دقیقو زیات نه شي کېدای. لنډ پیغام ولېږئ، یا ولیکئ.
support-consent-voice = ستاسو غږیز پیغام: { $seconds } ثانیې. یوازې هغه کس به یې واوري چې نوم یې لاندې راغلی. هېڅوک یې نه لیکي او نه یې ژباړي.
support-mydata-item-with-voice = • غوښتنه شمېره { $id }: { $kind }، د { $seconds } ثانیو غږیز پیغام سره
support-ask-voice = 🎤 تاسو غږیز پیغام هم لېږلی شئ.
