# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Օգնության խնդրանքներ՝ խոսել որևէ մեկի հետ՝ ընտանիքի համաձայնությամբ։ Կարդում են ընտանիքները։
# Telegram HTML՝ <b>, <i>, <u>, <a href="...">, <code>, <blockquote>։ { $... } արժեքները լրացնում է բոտը։
# Համարները՝ միայն FACTS.md-ի 6-րդ բաժնից, ճիշտ ինչպես ֆրանսերենում։

command-talk = Խոսել որևէ մեկի հետ
command-requests = Իմ օգնության խնդրանքները

support-talk-button = 🗣 Ուզում եմ խոսել որևէ մեկի հետ
support-question-button = 📨 Ուղարկել իմ հարցը քոուչին

# Ուղարկվում է առաջինը, միշտ, ինչ էլ որ լինի հետո։
support-crisis =
    <b>Եթե լուրջ է կամ շտապ, զանգահարեք հենց հիմա։</b> Անվճար է։
    • 112՝ անմիջական վտանգ, շտապ դեպք
    • 1813՝ Zelfmoordlijn։ Հոլանդերեն, օրը 24 ժամ, նաև չատով։
    • 0800 32 123՝ Centre de Prévention du Suicide։ Ֆրանսերեն, օրը 24 ժամ։ Խորհրդատվություն նաև անգլերեն, արաբերեն և իսպաներեն։
    • 106՝ Tele-Onthaal։ Հոլանդերեն։
    • 107՝ Télé-Accueil։ Ֆրանսերեն։
    Երեխաների համար՝
    • 102՝ Awel։ Հոլանդերեն։
    • 103՝ Écoute-Enfants։ Ֆրանսերեն։
    • 116 000՝ Child Focus։

support-ask-kind = Ի՞նչ օգնություն եք ուզում։
support-kind-coach = 👤 Խոսել իմ քոուչի հետ
support-kind-psychological = 🧠 Անկախ հոգեբանական օգնություն
support-kind-child = 🧒 Օգնություն երեխայի համար
support-kind-urgent = 🚨 Շտապ, այսօր
support-button-cancel = ✖️ Չեղարկել
support-cancelled = Չեղարկված է։ Ոչինչ չի ուղարկվել և ոչինչ չի պահվել։
support-draft-gone = Այս խնդրանքը չի ուղարկվել (այն չափազանց հին է, կամ բոտը վերագործարկվել է)։ Խնդրում ենք սկսել նորից։
support-button-skip = ➡️ Առանց հաղորդագրության
support-ask-message =
    Կարող եք գրել հաղորդագրություն՝ ձեր լեզվով կամ մեկ այլ լեզվով։
    Կամ սեղմեք «Առանց հաղորդագրության»։
support-message-too-long = Հաղորդագրությունը կարող է լինել առավելագույնը { $limit } նիշ։ Խնդրում ենք կրճատել այն և նորից ուղարկել։

support-reader-coach = ձեր քոուչը՝ <b>{ $coach }</b>, որն աշխատում է Օտարերկրացիների գործերի ծառայության համար
support-reader-coordinators = քոուչների համակարգողները (դուք չունեք քոուչ, որի հետ կարելի է կապվել այս բոտով)
support-nobody =
    Այս պահին ոչ ոք չի կարող խնդրանք ստանալ այս բոտով։ Ոչինչ չի ուղարկվել և ոչինչ չի պահվել։
    Օգտվեք վերևի համարներից կամ խոսեք ձեր քոուչի հետ, երբ տեսնեք նրան։

support-consent =
    <b>Ուղարկելուց առաջ ստուգեք՝</b>
    Խնդրված օգնություն՝ { $kind }
    { $message }

    <b>Ով է այն կարդալու՝</b> { $reader }։
    <b>Ինչ է պահվում՝</b> օգնության տեսակը, ձեր հաղորդագրությունը և ամսաթիվը։ Ձեր հաղորդագրությունը ջնջվում է խնդրանքի ավարտից { $days } օր հետո։ /requests հրամանը ցույց է տալիս ձեր խնդրանքները. /forget հրամանը ջնջում է ամեն ինչ։

    Ոչինչ չի ուղարկվում, քանի դեռ չեք սեղմել «Ուղարկել»։
support-consent-message =
    Ձեր հաղորդագրությունը՝
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Առանց հաղորդագրության։
support-consent-independent = Ձեր քոուչը կարող է ձեզ ուղղորդել անկախ ծառայության (Ulysse, Exil, Solentra) կամ աջակցության գծի։
support-button-send = 📤 Ուղարկել

support-receipt =
    ✅ Ձեր № { $id } խնդրանքը գրանցված է։ Ով կկարդա այն՝ { $reader }։
    Երբ որևէ մեկը կարդա այն, այստեղ հաղորդագրություն կստանաք։
    Քանի դեռ այն չի կարդացվել, կարող եք հետ վերցնել այն՝ /requests
support-button-requests = 📋 Իմ խնդրանքները

support-status-unread = ⏳ դեռ չի կարդացվել
support-status-read = 👀 կարդացվել է
support-status-replied = 💬 պատասխանն ուղարկված է
support-status-referred = 🤝 առաջարկվել է ծառայություն
support-status-withdrawn = ↩️ հետ է վերցվել
support-requests-none = Դուք օգնության խնդրանք չեք ուղարկել։
support-requests-title = <b>Ձեր օգնության խնդրանքները</b>
support-requests-item = • Խնդրանք № { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Հետ վերցնել № { $id } խնդրանքը
support-button-withdraw-yes = ↩️ Այո, հետ վերցնել
support-button-keep = Պահել
support-withdraw-confirm = Հետ վերցնե՞լ № { $id } խնդրանքը։ Այն չի կարդացվի։
support-withdraw-too-late = Այս խնդրանքն արդեն կարդացվել է կամ հետ է վերցվել. այն այլևս հնարավոր չէ հետ վերցնել։
support-withdrawn = ↩️ № { $id } խնդրանքը հետ է վերցված։ Եթե այն արդեն հասել էր այդ մարդու հեռախոսին, նրան տեղեկացնում են, որ խնդրանքը հետ է վերցված։

support-family-read =
    👀 Ձեր № { $id } խնդրանքը կարդացել է { $by ->
        [coach] ձեր քոուչը
       *[coordinator] համակարգողներից մեկը
    }։
support-family-reply-phrase =
    💬 Պատասխան ձեր № { $id } խնդրանքին, { $by ->
        [coach] ձեր քոուչից
       *[coordinator] համակարգողներից մեկից
    }՝
    { $phrase }
support-family-reply-text =
    💬 Պատասխան ձեր № { $id } խնդրանքին, որը գրել է { $by ->
        [coach] ձեր քոուչը
       *[coordinator] համակարգողներից մեկը
    } (իր բառերով, թարգմանված չէ)՝
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Ձեր № { $id } խնդրանքի համար { $by ->
        [coach] ձեր քոուչը
       *[coordinator] համակարգողներից մեկը
    } ձեզ առաջարկում է այս անկախ ծառայությունը՝
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Բրյուսել)՝ այն մարդկանց համար, ում կացության կարգավիճակն անապահով է։ Անվճար, թարգմանիչներով։
    Հարցրեք ձեր քոուչին կամ բժշկին, թե ինչպես գնալ այնտեղ։
support-service-exil =
    <b>Exil</b> (Բրյուսել)՝ այն մարդկանց համար, ովքեր վերապրել են խոշտանգում կամ կազմակերպված բռնություն։ Անվճար։
    Հարցրեք ձեր քոուչին կամ բժշկին, թե ինչպես գնալ այնտեղ։
support-service-solentra =
    <b>Solentra</b> (UZ Brussel)՝ 2,5 տարեկանից փախստական երեխաների և նրանց ընտանիքի համար։ Անվճար։
    Պետք է ուղեգիր մասնագետից. հարցրեք ձեր քոուչին կամ բժշկին։
support-service-lines =
    <b>Աջակցության գծեր</b>, անվճար՝
    • 1813՝ Zelfmoordlijn։ Հոլանդերեն, օրը 24 ժամ, նաև չատով։
    • 0800 32 123՝ Centre de Prévention du Suicide։ Ֆրանսերեն, օրը 24 ժամ։ Խորհրդատվություն նաև անգլերեն, արաբերեն և իսպաներեն։
    • 106՝ Tele-Onthaal։ Հոլանդերեն։
    • 107՝ Télé-Accueil։ Ֆրանսերեն։
support-service-children =
    <b>Գծեր երեխաների համար</b>, անվճար՝
    • 102՝ Awel։ Հոլանդերեն։
    • 103՝ Écoute-Enfants։ Ֆրանսերեն։
    • 116 000՝ Child Focus։

support-not-allowed = ⛔ Այս խնդրանքը ձերը չէ։ Ոչինչ չի արվել։

support-privacy-notice = • Ձեր օգնության խնդրանքները, եթե ուղարկեք՝ օգնության տեսակը, ձեր հաղորդագրությունը և ամսաթվերը։ Որպեսզի ձեր քոուչը (կամ համակարգողը) կարողանա պատասխանել ձեզ։ Ձեր քոուչն աշխատում է Օտարերկրացիների գործերի ծառայության համար։
support-privacy-retention = • Օգնության խնդրանքի հաղորդագրությունը ջնջվում է խնդրանքի ավարտից { $days } օր հետո։
support-mydata-title = <b>Օգնության խնդրանքներ</b>
support-mydata-item = • Խնդրանք № { $id }՝ { $kind }
support-mydata-item-with-text = • Խնդրանք № { $id }՝ { $kind }, ձեր հաղորդագրությամբ

## Voice notes

support-voice-outside = Ես չեմ կարող լսել ձայնային հաղորդագրություններ։ Ուզո՞ւմ եք այս ձայնային հաղորդագրությունն ուղարկել մի մարդու։
support-voice-send-button = 📨 Ուղարկել մարդու
support-voice-crisis-button = 🆘 Շտապ օգնության համարներ
support-voice-too-long = Ձայնային հաղորդագրությունը կարող է լինել առավելագույնը { $minutes } րոպե։ Ուղարկեք ավելի կարճը, կամ գրեք։
support-consent-voice = Ձեր ձայնային հաղորդագրությունը՝ { $seconds } վայրկյան։ Այն կլսի միայն ներքևում նշված մարդը։ Ոչ ոք այն չի գրի կամ չի թարգմանի։
support-mydata-item-with-voice = • Հարցում № { $id }՝ { $kind }, { $seconds } վայրկյանանոց ձայնային հաղորդագրությամբ
support-ask-voice = 🎤 Կարող եք նաև ձայնային հաղորդագրություն ուղարկել։
