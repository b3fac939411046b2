# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Հանդիպումները, ինչպես դրանք տեսնում են ընտանիքները՝ ծանուցումներ, հիշեցումներ, պատասխաններ և քոուչի արտահայտություններ։
# Ընտանիքի յուրաքանչյուր անդամ կարդում է դրանք իր լեզվով։ { $... } արժեքները լրացնում է բոտը։
# Coach՝ քոուչ. Office des Étrangers՝ Օտարերկրացիների գործերի ծառայություն. rendez-vous՝ հանդիպում։
# Քոուչի սեփական բառերը ($note, $text) երբեք չեն թարգմանվում. տեքստն այդ մասին ասում է։

command-appointments = Իմ հանդիպումները
coach-invite-invalid = Այս հղումն այլևս վավեր չէ (արդեն օգտագործվել է, ժամկետն անցել է կամ անհայտ է)։ Խնդրեք նոր հղում։
coach-not-allowed = ⛔ Այս ընտանիքը կամ այս հանդիպումը ձեր գործերից չէ։ Ոչինչ չի արվել։
coach-gone = Այս հանդիպումն այլևս գոյություն չունի, չեղարկված է կամ արդեն անցել է։

## Kinds of appointment
coach-kind-lawyer = Փաստաբան
coach-kind-office = Հարցազրույց Օտարերկրացիների գործերի ծառայությունում
coach-kind-doctor = Բժիշկ
coach-kind-school = Դպրոց
coach-kind-embassy = Դեսպանատուն
coach-kind-court = Խորհրդակցական պալատ (դատարան, chambre du conseil)
coach-kind-other = Հանդիպում

## Read by families
coach-family-joined = ✅ Դուք կապված եք ձեր քոուչի (coach) հետ ({ $coach })։ Ձեր հանդիպումները կգան այստեղ՝ ձեր լեզվով։ Ձեր քոուչն աշխատում է Օտարերկրացիների գործերի ծառայության (Office des Étrangers) համար և կարդում է այն, ինչ դուք պատասխանում եք այստեղ։
coach-family-new = 📅 <b>Նոր հանդիպում</b>
coach-family-changed = ✏️ <b>Հանդիպումը փոխվել է</b>
coach-family-cancelled = ❌ <b>Հանդիպումը չեղարկվել է</b>
coach-family-reminder = ⏰ <b>Հիշեցում հանդիպման մասին</b>
coach-family-late = (Այս հիշեցումն ուշացել է. ծառայությունը որոշ ժամանակ չէր աշխատում։)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Ձեր քոուչի նշումը (թարգմանված չէ)՝ <i>{ $note }</i>
coach-family-free-text = ✍️ Հաղորդագրություն ձեր քոուչից (թարգմանված չէ, գրել է ձեր քոուչը)՝
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Ես կգամ
coach-button-need-help = 🆘 Ինձ օգնություն է պետք
coach-family-thanks = Շնորհակալություն, ձեր քոուչը տեղեկացված է։
coach-family-help-ask = Ձեր քոուչը տեղեկացված է։ Կարող եք այստեղ գրել, թե ինչ է ձեզ պետք։
coach-family-help-sent = Ձեր հաղորդագրությունը փոխանցվել է ձեր քոուչին։
coach-family-closed = Այս հանդիպումը չեղարկված է կամ արդեն անցել է։
coach-family-appointments = 📅 <b>Ձեր հանդիպումները</b>
coach-family-appointments-none = Դուք նախատեսված հանդիպումներ չունեք։
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages, each member reads them in their own language.

## .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Ձեր փաստաբանը զանգել է։ Խնդրում ենք հետ զանգել նրան։
    .label = Փաստաբանը զանգել է. հետ զանգել
phrase-come-to-office = 🏢 Խնդրում ենք գալ ձեր քոուչի գրասենյակ՝ { $when }։
    .label = Գալ գրասենյակ (ժամով)
phrase-bring-documents = 📄 Խնդրում ենք հաջորդ հանդիպմանը բերել ձեր փաստաթղթերը (անձը հաստատող փաստաթղթեր, ստացած նամակներ)։
    .label = Բերել փաստաթղթերը
phrase-coach-visit = 🏠 Ձեր քոուչը կայցելի ձեզ տանը՝ { $when }։
    .label = Այց տուն (ժամով)
phrase-letter-arrived = ✉️ Ձեզ համար նամակ է եկել։ Խնդրեք այն ձեր քոուչից։
    .label = Նամակ է եկել
phrase-see-coach-today = 💬 Խնդրում ենք այսօր այցելել ձեր քոուչին։
    .label = Այսօր գալ ինձ մոտ
