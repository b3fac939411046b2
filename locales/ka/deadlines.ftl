# გადაწყვეტილების შემდეგ: მოქმედების ბოლო დღე, შეხსენებები, ადვოკატის ბარათი. კითხულობენ ოჯახები.
# ჯერ არავის შეუმოწმებია. მხოლოდ Telegram HTML. მნიშვნელობებს { $... } ბოტი ავსებს.

command-deadline = ბოლო დღე გადაწყვეტილების შემდეგ

deadlines-button-received = 📄 მივიღე გადაწყვეტილება
deadlines-button-cancel = ✖️ გაუქმება
deadlines-cancelled = გაუქმდა. არაფერი შენახულა.
deadlines-stale = ეს ღილაკი აღარ მოქმედებს. თავიდან დაიწყეთ /deadline-ით.
deadlines-unavailable = <b>⚠️ დღესვე დაუკავშირდით თქვენს ადვოკატს.</b> ბოტს ახლა დღეების დათვლა არ შეუძლია.

deadlines-ask-kind =
    <b>რა გადაწყვეტილებაა?</b> შეხედეთ ფურცლის ზედა ნაწილს (ბლანკის თავს):
    • უცხოელთა სამსახური: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (მაგალითად, ტერიტორიის დატოვების ბრძანება)
    • CGRS, თავშესაფარი: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, ახალი (განმეორებითი) თავშესაფრის განაცხადი დაუშვებლად ცნობილი: იგივე ბლანკი, სიტყვებით «demande ultérieure» / «volgend verzoek»
    • განაჩენი: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = უცხოელთა სამსახური (OE / DVZ)
deadlines-kind-cgrs = CGRS-ის გადაწყვეტილება თავშესაფარზე (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: ახალი განაცხადი დაუშვებელია
deadlines-kind-cce-judgment = CCE / RvV-ის განაჩენი
deadlines-kind-unknown = არ ვიცი

deadlines-ask-second = ეს არის <b>მეორე (ან შემდეგი) გაძევების ღონისძიება</b>? ანუ: ადრე უკვე მიიღეთ ტერიტორიის დატოვების ბრძანება ან გაძევების გადაწყვეტილება?
deadlines-answer-yes = დიახ
deadlines-answer-no = არა
deadlines-answer-unknown = არ ვიცი

deadlines-ask-how = <b>როდის და როგორ მიიღეთ გადაწყვეტილება?</b>
deadlines-how-today = დღეს ხელში გადმომცეს
deadlines-how-yesterday = გუშინ ხელში გადმომცეს
deadlines-how-other-day = სხვა დღეს გადმომცეს
deadlines-how-registered = დაზღვეული წერილით
deadlines-how-letter = ჩვეულებრივი წერილით
deadlines-how-unknown = არ ვიცი

deadlines-ask-date-in-person = რომელ დღეს გადმოგცეს (ან უარი თქვით აღებაზე)?
deadlines-ask-date-registered = რომელ დღეს წარმოგიდგინეს დაზღვეული წერილი (დღე, როცა ფოსტალიონი მოვიდა)?
deadlines-ask-date-letter = რომელი დღეა საფოსტო შტამპზე? თუ არ იცით, აირჩიეთ გადაწყვეტილებაზე დაწერილი თარიღი. არა ის დღე, როცა მოვიდა.
deadlines-date-unknown = თარიღი არ ვიცი

deadlines-ask-house = როცა მიიღეთ, დაბრუნების სახლში ცხოვრობდით?
deadlines-house-yes = დიახ, დაბრუნების სახლში
deadlines-house-no = არა

deadlines-contact-lawyer = <b>⚠️ დღესვე დაუკავშირდით თქვენს ადვოკატს.</b>
deadlines-card = 👩‍⚖️ თქვენი ადვოკატი: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = არ იცით, რა გადაწყვეტილებაა. ამიტომ აი ყველაზე მოკლე წესი: { $days } დღე, გადაცემის მომდევნო დღიდან.
deadlines-shortest-date = თარიღი არ იცით. ამიტომ აი ყველაზე მოკლე წესი: { $days } დღე, ისე დათვლილი, თითქოს დღეს გადმოგცეს. თუ ადრე იყო, ბოლო დღეც ადრეა.
deadlines-at-latest =
    • <b>{ $remedy }</b>: არაუგვიანეს <b>{ $day }</b> ({ $days } დღე)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: ვადა არ აქვს.
    { $rule } [{ $sources }]
deadlines-decision-counts = თუ თავად გადაწყვეტილებაში უფრო მოკლე ვადაა, ის მოქმედებს. ზუსტ დღეს თქვენი ადვოკატი დაადასტურებს.
deadlines-unreviewed = <i>ეს თარიღები გამოთვლილია წესებით, რომლებიც ჯერ არცერთ ადვოკატს არ შეუმოწმებია.</i>

deadlines-remedy-cce-appeal = საჩივარი CCE / RvV-ში
deadlines-remedy-extreme-urgency = შეჩერება უკიდურესი გადაუდებლობისას (CCE / RvV)
deadlines-remedy-cgrs-appeal = საჩივარი CCE / RvV-ში CGRS-ის გადაწყვეტილებაზე
deadlines-remedy-cgrs-subsequent-appeal = საჩივარი CCE / RvV-ში დაუშვებლობაზე
deadlines-remedy-council-of-state = საჩივარი სახელმწიფო საბჭოში
deadlines-remedy-council-chamber = გათავისუფლების მოთხოვნა სათათბირო პალატაში

deadlines-rule-cce-appeal-detained = 10 დღე შეტყობინების მომდევნო დღიდან: დაბრუნების სახლი დაკავებად ითვლება.
deadlines-rule-cce-appeal = 30 დღე შეტყობინების მომდევნო დღიდან, თუ დაკავებული არ ხართ.
deadlines-rule-extreme-urgency = 10 დღე გაძევების ღონისძიების შეტყობინების მომდევნო დღიდან.
deadlines-rule-extreme-urgency-second-removal = 5 დღე მეორე (ან შემდეგი) გაძევების ღონისძიების შეტყობინების მომდევნო დღიდან.
deadlines-rule-cgrs-appeal-detained = 10 დღე დაკავებისას (დაბრუნების სახლი ითვლება). ოფიციალური გვერდები ერთმანეთს ეწინააღმდეგება: CGRS ვადას თავად გადაწყვეტილებაში წერს.
deadlines-rule-cgrs-appeal = 30 კალენდარული დღე შეტყობინების მომდევნო დღიდან, თუ დაკავებული არ ხართ.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 დღე დაკავებისას (დაბრუნების სახლი ითვლება).
deadlines-rule-cgrs-subsequent-appeal = 10 დღე, თუ დაკავებული არ ხართ.
deadlines-rule-council-of-state = 30 დღე განაჩენის შეტყობინების მომდევნო დღიდან. კანონის ტექსტი ვერ მოიძებნა: ჰკითხეთ ადვოკატს.
deadlines-rule-council-chamber = ადვოკატს შეუძლია შეიტანოს ნებისმიერ დროს და ყოველ თვე ხელახლა. სათათბირო პალატა 5 სამუშაო დღეში წყვეტს.

deadlines-button-lawyer-has-it = ✅ ჩემი ადვოკატი მიხედავს
deadlines-button-tell-coach = 📣 შეატყობინეთ ჩემს ქოუჩს (ქოუჩი უცხოელთა სამსახურში მუშაობს)
deadlines-button-card = 👩‍⚖️ ჩემი ადვოკატის ბარათი
deadlines-button-cannot-reach = ☎️ ადვოკატს ვერ ვუკავშირდები
deadlines-another = კიდევ სხვა გადაწყვეტილება მიიღეთ?

deadlines-reminder-head = ⏰ <b>შეხსენება: გადაწყვეტილება.</b>
deadlines-by-coach = 📄 <b>თქვენმა ქოუჩმა თქვენი ოჯახისთვის გადაწყვეტილება დაარეგისტრირა.</b>
deadlines-stopped = ✅ ჩაინიშნა: თქვენი ადვოკატი მიხედავს. შეხსენებები მთელი ოჯახისთვის წყდება.
deadlines-state-lawyer = ✅ თქვენი ადვოკატი მიხედავს: შეხსენებები აღარ იქნება.
deadlines-state-passed = ეს ბოლო დღე გავიდა. ჰკითხეთ ადვოკატს, რა არის ჯერ კიდევ შესაძლებელი.
deadlines-coach-told = 📣 თქვენს ქოუჩს შეატყობინეს. გახსოვდეთ: ქოუჩი უცხოელთა სამსახურში მუშაობს, ის თქვენი ადვოკატი არ არის.
deadlines-no-coach = ამ ბოტში ქოუჩთან დაკავშირებული არ ხართ, ამიტომ არავის შეატყობინეს.

deadlines-card-none = ადვოკატის ბარათი შენახული არ არის. შეგიძლიათ შეინახოთ ადვოკატის სახელი და ტელეფონი ან ელფოსტა: მაშინ ის აქ, ადვოკატის გვერდზე და შეხსენებებში გამოჩნდება. ეს არ არის სავალდებულო და ნებისმიერ დროს შეგიძლიათ წაშალოთ.
deadlines-card-about = ამ ბარათს მთელი თქვენი ოჯახი ხედავს. ნებისმიერ დროს შეგიძლიათ შეცვალოთ ან წაშალოთ.
deadlines-button-card-edit = ✏️ შენახვა ან შეცვლა
deadlines-button-card-delete = 🗑 წაშლა
deadlines-card-ask-name = დაწერეთ თქვენი ადვოკატის სახელი.
deadlines-card-ask-contact = ახლა დაწერეთ ადვოკატის ტელეფონის ნომერი ან ელფოსტის მისამართი.
deadlines-card-bad-name = გთხოვთ, დაწეროთ არაუმეტეს 80 სიმბოლოს სახელი.
deadlines-card-bad-contact = ეს არც ტელეფონის ნომერია და არც ელფოსტის მისამართი. ტელეფონის ნომერს ციფრები აქვს, სურვილისამებრ + და ჰარებით, მაგალითად +32 2 123 45 67. ხელახლა დაწერეთ.
deadlines-card-saved = ✅ შენახულია.
deadlines-card-deleted = 🗑 ადვოკატის ბარათი წაიშალა.

deadlines-cannot-reach =
    <b>ადვოკატს ვერ უკავშირდებით?</b>
    • უფასო («pro deo») ადვოკატს ნიშნავს ყოველი ადვოკატთა ასოციაციის იურიდიული დახმარების ბიურო: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • ივარაუდება, რომ უცხოელებს ამის უფლება აქვთ ბინადრობის პროცედურებსა და საჩივრებში; არასრულწლოვნებს ყოველთვის აქვთ.
    • მიმართეთ BAJ/BJB-ს, ან პირდაპირ მიდით ადვოკატთან, რომელიც დანიშვნას ითხოვს.
    ქვემოთ დახმარებაც შეგიძლიათ ითხოვოთ: წაიკითხავს თქვენი ქოუჩი (ან კოორდინატორები).

deadlines-button-register = 📄 გადაწყვეტილების რეგისტრაცია
deadlines-coach-pick = რომელი ოჯახისთვის არეგისტრირებთ გადაწყვეტილებას?
deadlines-coach-registered = ✅ დარეგისტრირდა. ოჯახის თითოეულ წევრს ახლავე ეცნობება საკუთარ ენაზე და ყოველდღე მიიღებს შეხსენებას.
deadlines-coach-notice = 📄 ოჯახმა { $label } (წევრი { $position }, { $language }) დაარეგისტრირა გადაწყვეტილება და ითხოვა, რომ შეგატყობინოთ. ბოლო დღე, არაუგვიანეს: { $day }.

deadlines-mydata-title = <b>გადაწყვეტილებები და ადვოკატის ბარათი</b>
deadlines-mydata-item = • { $kind }: ბოლო დღე არაუგვიანეს { $day } ({ $state })
deadlines-mydata-state-open = შეხსენებები ჩართულია
deadlines-mydata-state-lawyer = თქვენი ადვოკატი მიხედავს
deadlines-mydata-state-passed = გავიდა
deadlines-privacy-notice = • <b>გადაწყვეტილებები:</b> თუ გადაწყვეტილებას დაარეგისტრირებთ, ბოტი ინახავს მხოლოდ თქვენს პასუხებს ღილაკებზე (რა არის, თარიღი, როგორ მიიღეთ, სახლში იყავით თუ არა) და ბოლო დღეს, რომ მთელ ოჯახს შეახსენოს. თქვენი ადვოკატის ბარათს (სახელი, ტელეფონი ან ელფოსტა), თუ შეინახავთ. ქოუჩს მხოლოდ მაშინ ეცნობება, თუ დააჭერთ «შეატყობინეთ ჩემს ქოუჩს». /forget შლის იმას, რაც დაარეგისტრირეთ.
deadlines-privacy-retention = • გადაწყვეტილება იშლება მისი ბოლო დღიდან { $days } დღის შემდეგ.
