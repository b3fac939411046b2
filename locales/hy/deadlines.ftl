# Որոշումից հետո՝ գործելու վերջին օրը, հիշեցումներ, փաստաբանի քարտ։ Կարդում են ընտանիքները։
# Դեռ ոչ ոք չի ստուգել։ Միայն Telegram HTML։ { $... } արժեքները լրացնում է բոտը։

command-deadline = Վերջին օրը որոշումից հետո

deadlines-button-received = 📄 Որոշում եմ ստացել
deadlines-button-cancel = ✖️ Չեղարկել
deadlines-cancelled = Չեղարկվեց։ Ոչինչ չի պահպանվել։
deadlines-stale = Այս կոճակն այլևս չի գործում։ Սկսեք նորից /deadline-ով։
deadlines-unavailable = <b>⚠️ Այսօր կապվեք ձեր փաստաբանի հետ։</b> Բոտը հիմա չի կարող հաշվել օրերը։

deadlines-ask-kind =
    <b>Ի՞նչ որոշում է։</b> Նայեք թղթի վերին մասին (ձևաթղթի գլխագրին)։
    • Օտարերկրացիների գործերի ծառայություն՝ «Office des Étrangers» / «Dienst Vreemdelingenzaken» (օրինակ՝ տարածքը լքելու հրաման)
    • CGRS, ապաստան՝ «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, նոր (հաջորդ) ապաստանի դիմում՝ անընդունելի ճանաչված՝ նույն գլխագիրը, «demande ultérieure» / «volgend verzoek» բառերով
    • Վճիռ՝ «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Օտարերկրացիների գործերի ծառայություն (OE / DVZ)
deadlines-kind-cgrs = CGRS-ի ապաստանի որոշում (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS. նոր դիմումն անընդունելի է
deadlines-kind-cce-judgment = CCE / RvV-ի վճիռ
deadlines-kind-unknown = Չգիտեմ

deadlines-ask-second = Սա <b>արտաքսման երկրորդ (կամ հաջորդ) միջոց է</b>։ Այսինքն՝ նախկինում արդեն ստացե՞լ եք տարածքը լքելու հրաման կամ արտաքսման որոշում։
deadlines-answer-yes = Այո
deadlines-answer-no = Ոչ
deadlines-answer-unknown = Չգիտեմ

deadlines-ask-how = <b>Ե՞րբ և ինչպե՞ս եք ստացել որոշումը։</b>
deadlines-how-today = Այսօր ձեռքս են տվել
deadlines-how-yesterday = Երեկ ձեռքս են տվել
deadlines-how-other-day = Տրվել է այլ օր
deadlines-how-registered = Պատվիրված նամակով
deadlines-how-letter = Սովորական նամակով
deadlines-how-unknown = Չգիտեմ

deadlines-ask-date-in-person = Ո՞ր օրն է ձեզ հանձնվել (կամ դուք հրաժարվել եք վերցնել)։
deadlines-ask-date-registered = Ո՞ր օրն է ձեզ ներկայացվել պատվիրված նամակը (այն օրը, երբ փոստատարը եկավ)։
deadlines-ask-date-letter = Ո՞ր օրն է նշված փոստային կնիքին։ Եթե չգիտեք, ընտրեք որոշման վրա գրված ամսաթիվը։ Ոչ այն օրը, երբ այն հասավ։
deadlines-date-unknown = Ամսաթիվը չգիտեմ

deadlines-ask-house = Երբ ստացաք, ապրո՞ւմ էիք վերադարձի տանը։
deadlines-house-yes = Այո, վերադարձի տանը
deadlines-house-no = Ոչ

deadlines-contact-lawyer = <b>⚠️ Այսօր կապվեք ձեր փաստաբանի հետ։</b>
deadlines-card = 👩‍⚖️ Ձեր փաստաբանը՝ <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Դուք չգիտեք, թե ինչ որոշում է։ Ուստի ահա ամենակարճ կանոնը՝ { $days } օր՝ հանձնման հաջորդ օրվանից։
deadlines-shortest-date = Դուք չգիտեք ամսաթիվը։ Ուստի ահա ամենակարճ կանոնը՝ { $days } օր՝ հաշված այնպես, կարծես որոշումը հանձնվել է այսօր։ Եթե ավելի վաղ էր, վերջին օրն էլ ավելի վաղ է։
deadlines-at-latest =
    • <b>{ $remedy }</b>՝ ոչ ուշ, քան <b>{ $day }</b> ({ $days } օր)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>՝ ժամկետ չունի։
    { $rule } [{ $sources }]
deadlines-decision-counts = Եթե որոշման մեջ ավելի կարճ ժամկետ է նշված, գործում է այն։ Ճշգրիտ օրը հաստատում է ձեր փաստաբանը։
deadlines-unreviewed = <i>Այս ամսաթվերը հաշվարկվել են կանոններով, որոնք դեռ ոչ մի փաստաբան չի ստուգել։</i>

deadlines-remedy-cce-appeal = Բողոք CCE / RvV
deadlines-remedy-extreme-urgency = Կասեցում ծայրահեղ հրատապության դեպքում (CCE / RvV)
deadlines-remedy-cgrs-appeal = Բողոք CCE / RvV՝ CGRS-ի որոշման դեմ
deadlines-remedy-cgrs-subsequent-appeal = Բողոք CCE / RvV՝ անընդունելիության դեմ
deadlines-remedy-council-of-state = Բողոք Պետական խորհուրդ
deadlines-remedy-council-chamber = Ազատ արձակելու միջնորդություն Խորհրդակցական պալատին

deadlines-rule-cce-appeal-detained = 10 օր՝ ծանուցման հաջորդ օրվանից. վերադարձի տունը համարվում է կալանք։
deadlines-rule-cce-appeal = 30 օր՝ ծանուցման հաջորդ օրվանից, եթե կալանքի տակ չեք։
deadlines-rule-extreme-urgency = 10 օր՝ արտաքսման միջոցի ծանուցման հաջորդ օրվանից։
deadlines-rule-extreme-urgency-second-removal = 5 օր՝ արտաքսման երկրորդ (կամ հաջորդ) միջոցի ծանուցման հաջորդ օրվանից։
deadlines-rule-cgrs-appeal-detained = 10 օր կալանքի դեպքում (վերադարձի տունը հաշվվում է)։ Պաշտոնական էջերը միմյանց հակասում են. CGRS-ը ժամկետը գրում է հենց որոշման մեջ։
deadlines-rule-cgrs-appeal = 30 օրացուցային օր՝ ծանուցման հաջորդ օրվանից, եթե կալանքի տակ չեք։
deadlines-rule-cgrs-subsequent-appeal-detained = 5 օր կալանքի դեպքում (վերադարձի տունը հաշվվում է)։
deadlines-rule-cgrs-subsequent-appeal = 10 օր, եթե կալանքի տակ չեք։
deadlines-rule-council-of-state = 30 օր՝ վճռի ծանուցման հաջորդ օրվանից։ Օրենքի տեքստը չի գտնվել. հարցրեք ձեր փաստաբանին։
deadlines-rule-council-chamber = Ձեր փաստաբանը կարող է ներկայացնել ցանկացած ժամանակ և ամեն ամիս նորից։ Խորհրդակցական պալատը որոշում է 5 աշխատանքային օրվա ընթացքում։

deadlines-button-lawyer-has-it = ✅ Իմ փաստաբանը զբաղվում է
deadlines-button-tell-coach = 📣 Տեղեկացնել իմ քոուչին (քոուչն աշխատում է Օտարերկրացիների գործերի ծառայության համար)
deadlines-button-card = 👩‍⚖️ Իմ փաստաբանի քարտը
deadlines-button-cannot-reach = ☎️ Չեմ կարողանում կապվել փաստաբանիս հետ
deadlines-another = Ուրիշ որոշում է՞լ եք ստացել։

deadlines-reminder-head = ⏰ <b>Հիշեցում. որոշում։</b>
deadlines-by-coach = 📄 <b>Ձեր քոուչը ձեր ընտանիքի համար որոշում է գրանցել։</b>
deadlines-stopped = ✅ Նշված է. ձեր փաստաբանը զբաղվում է։ Հիշեցումները դադարում են ամբողջ ընտանիքի համար։
deadlines-state-lawyer = ✅ Ձեր փաստաբանը զբաղվում է. հիշեցումներ այլևս չկան։
deadlines-state-passed = Այս վերջին օրն անցել է։ Հարցրեք ձեր փաստաբանին, թե ինչ է դեռ հնարավոր։
deadlines-coach-told = 📣 Ձեր քոուչը տեղեկացվել է։ Հիշեք. քոուչն աշխատում է Օտարերկրացիների գործերի ծառայության համար, նա ձեր փաստաբանը չէ։
deadlines-no-coach = Այս բոտում դուք կապված չեք քոուչի հետ, ուստի ոչ ոք չի տեղեկացվել։

deadlines-card-none = Փաստաբանի քարտ պահպանված չէ։ Կարող եք պահպանել փաստաբանի անունը և հեռախոսը կամ էլ. փոստը. այդ դեպքում դրանք կերևան այստեղ, փաստաբանի էջում և հիշեցումներում։ Պարտադիր չէ, և կարող եք ջնջել ցանկացած ժամանակ։
deadlines-card-about = Այս քարտը տեսնում է ձեր ամբողջ ընտանիքը։ Կարող եք փոխել կամ ջնջել ցանկացած ժամանակ։
deadlines-button-card-edit = ✏️ Պահպանել կամ փոխել
deadlines-button-card-delete = 🗑 Ջնջել
deadlines-card-ask-name = Գրեք ձեր փաստաբանի անունը։
deadlines-card-ask-contact = Հիմա գրեք ձեր փաստաբանի հեռախոսահամարը կամ էլ. փոստի հասցեն։
deadlines-card-bad-name = Խնդրում ենք գրել մինչև 80 նիշից բաղկացած անուն։
deadlines-card-bad-contact = Սա ոչ հեռախոսահամար է, ոչ էլ էլ. փոստի հասցե։ Հեռախոսահամարն ունի թվեր, ցանկության դեպքում + և բացատներով, օրինակ՝ +32 2 123 45 67։ Գրեք նորից։
deadlines-card-saved = ✅ Պահպանված է։
deadlines-card-deleted = 🗑 Փաստաբանի քարտը ջնջված է։

deadlines-cannot-reach =
    <b>Չե՞ք կարողանում կապվել ձեր փաստաբանի հետ։</b>
    • Անվճար («pro deo») փաստաբան նշանակում է յուրաքանչյուր փաստաբանական պալատի իրավաբանական օգնության գրասենյակը՝ <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand)։
    • Ենթադրվում է, որ օտարերկրացիներն իրավունք ունեն կացության ընթացակարգերում և բողոքներում. անչափահասները միշտ իրավունք ունեն։
    • Դիմեք BAJ/BJB, կամ ուղղակի գնացեք փաստաբանի մոտ, որը կխնդրի իրեն նշանակել։
    Կարող եք նաև ներքևում օգնություն խնդրել. կկարդա ձեր քոուչը (կամ համակարգողները)։

deadlines-button-register = 📄 Գրանցել որոշում
deadlines-coach-pick = Ո՞ր ընտանիքի համար եք որոշում գրանցում։
deadlines-coach-registered = ✅ Գրանցված է։ Ընտանիքի յուրաքանչյուր անդամ հիմա տեղեկացվում է իր լեզվով և ամեն օր հիշեցում է ստանում։
deadlines-coach-notice = 📄 { $label } ընտանիքը (անդամ { $position }, { $language }) որոշում է գրանցել և խնդրել է տեղեկացնել ձեզ։ Վերջին օրը, ոչ ուշ, քան՝ { $day }։

deadlines-mydata-title = <b>Որոշումներ և փաստաբանի քարտ</b>
deadlines-mydata-item = • { $kind }՝ վերջին օրը ոչ ուշ, քան { $day } ({ $state })
deadlines-mydata-state-open = հիշեցումները միացված են
deadlines-mydata-state-lawyer = ձեր փաստաբանը զբաղվում է
deadlines-mydata-state-passed = անցել է
deadlines-privacy-notice = • <b>Որոշումներ.</b> եթե որոշում գրանցեք, բոտը պահում է միայն ձեր պատասխանները կոճակներին (ինչ է, ամսաթիվը, ինչպես է հասել, տանը էիք, թե ոչ) և վերջին օրը՝ ամբողջ ընտանիքին հիշեցնելու համար։ Ձեր փաստաբանի քարտը (անուն, հեռախոս կամ էլ. փոստ), եթե պահպանեք։ Քոուչը տեղեկացվում է միայն, եթե սեղմեք «տեղեկացնել իմ քոուչին»։ /forget-ը ջնջում է այն, ինչ գրանցել եք։
deadlines-privacy-retention = • Որոշումը ջնջվում է իր վերջին օրվանից { $days } օր հետո։
