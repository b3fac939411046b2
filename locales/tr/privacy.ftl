# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Gizlilik: botun bir kişi hakkında sakladıkları, kopyası (/mydata), silme (/forget),
# çok hızlı mesaj kontrolü ve gruplar. Sadece Telegram HTML. { $... } değerlerini bot doldurur.

## /privacy
# $stored: her veri türü için bir satır. $retention: her saklama süresi için bir satır.
privacy-text =
    <b>🔒 Bu bottaki verileriniz</b>

    <b>Bot neleri saklar ve neden</b>
    { $stored }
    Bot adınızı, telefon numaranızı, fotoğraflarınızı veya dosyalarınızı ya da ona yazdığınız metni saklamaz. Yazdıklarınızı sadece cevap vermek için okur.
    Yalnızca koçunuza göndermeyi seçtiğiniz bir mesaj, yukarıda yazıldığı gibi saklanır.

    <b>Ne kadar süre</b>
    { $retention }

    <b>Kimler görebilir</b>
    Siz, /mydata ile. Botu yöneten ekip ({ -bot-operator }), botun bakımını yaparken saklanan verileri görebilir. Botun teknik kayıtlarında yazdıklarınız, adınız veya telefon numaranız asla bulunmaz.

    <b>Nasıl silinir</b>
    /forget, botun sizin hakkınızda sakladığı her şeyi tek seferde siler.
privacy-notice-member = • Diliniz ve ilk ve son mesajınızın tarihleri: size kendi dilinizde yazmak ve botu kullanmayı bıraktığınızda verilerinizi silmek için.
privacy-notice-inbox = • Gönderdiğiniz şey, bot ona cevap verene kadar (bir an; bot durmuşsa daha uzun): sonra metni silinir. Orada kimse onu okumaz.
privacy-retention-inactive = • Bota { $days } gün boyunca yazmazsanız, sizin hakkınızda sakladığı her şey silinir.

## /mydata

privacy-mydata-title = <b>Botun sizin hakkınızda sakladıkları</b>
privacy-mydata-nothing = Bot sizin hakkınızda hiçbir şey saklamıyor.
privacy-mydata-language = Dil: { $language }
privacy-mydata-first-seen = İlk mesaj: { $date }
privacy-mydata-last-seen = Son mesaj: { $date }
privacy-mydata-see-file = { $section }: aşağıdaki dosyaya bakın.
privacy-mydata-file = Aşağıdaki dosyada aynı bilgiler, bilgisayarların okuyabileceği bir biçimde (JSON) var.
privacy-mydata-too-long = Burada gösterilecek çok fazla şey var: hepsi aşağıdaki dosyada.
privacy-mydata-caption = Botun sizin hakkınızda sakladığı her şey

## /forget

privacy-forget-confirm =
    <b>Tüm verileriniz silinsin mi?</b>
    Bot dilinizi ve sizin hakkınızda sakladığı diğer her şeyi unutacak. Bu geri alınamaz.
    Daha sonra yeniden yazarsanız, bot en baştan başlar.
privacy-forget-yes = 🗑 Her şeyi sil
privacy-forget-no = Vazgeç
privacy-forget-done = ✅ Verileriniz silindi. Bot artık sizi tanımıyor.
privacy-forget-cancelled = Hiçbir şey silinmedi.
privacy-forget-expired = Bu düğme çok eski. Verilerinizi silmek istiyorsanız /forget komutunu yeniden gönderin.

## Çok hızlı mesajlar, gruplar, kaydetme sorunları

privacy-slow-down-tap = Bir saniye lütfen: birkaç saniye sonra tekrar dokunun.
privacy-private-only = Bu bot, her ailenin gizliliğini korumak için sadece özel sohbette çalışır. Bu gruptan ayrılıyorum. Bana doğrudan yazın: @{ $bot }
privacy-storage-busy = Üzgünüm, bunu şu anda kaydedemedim. Lütfen bir dakika sonra tekrar deneyin.

## Telegram'ın gösterdiği komut listesi (kısa, HTML yok)

command-privacy = Verileriniz: ne saklanır ve neden
command-mydata = Verilerinizin bir kopyasını al
command-forget = Verilerinizi sil

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Koçunuz sizi bir haneye bağladıysa: hanenin kısa adı, üye numaranız, randevularınız ve cevaplarınız. Bunları koçunuz ve koordinatörler görür; randevularınızı size göndermek için gereklidir.
privacy-retention-appointments = • Randevular yapıldıktan { $days } gün sonra silinir.
privacy-mydata-household = Hane: { $label } · koç: { $coach }
