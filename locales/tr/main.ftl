# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# family_bot arayüz metinleri. Telegram HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# { $... } değerlerini bot doldurur; adlarını aynen koruyun.

-bot-operator = ailelere destek olan bağımsız bir kuruluş (Yabancılar Dairesi değil)

## Dil

language-picker-prompt = Dilinizi seçin
language-changed = ✅ Bundan sonra size Türkçe yazacağım.
language-button = 🌐 Dil

## Karşılama

welcome-text =
    <b>Hoş geldiniz.</b>
    Bu bot size geri dönüş evindeki yaşam, haklarınız ve seçenekleriniz hakkında bilgi verir.
    Bu botu { -bot-operator } yönetir.

    • Bot bilgi verir. Dosyanız hakkında hiçbir karar vermez.
    • Sadece dilinizi ve göndermeyi seçtiğiniz şeyleri saklar.
    • Koçunuza mesaj gönderirseniz, koçunuz onu okur. Koç, Yabancılar Dairesi (Office des Étrangers / Dienst Vreemdelingenzaken) için çalışır.

    Aşağıdan bir konu seçin. İstediğiniz zaman /menu yazabilirsiniz.

## Menü ve sayfalar

menu-text =
    <b>Menü</b>
    Bir konu seçin:
menu-button = ☰ Menü
nav-back = ◀ Geri
page-unreviewed = <i>⚠ Bu metin henüz bir kişi tarafından kontrol edilmedi.</i>
page-in-other-language = <i>Bu sayfa henüz dilinize çevrilmedi: { $language } olarak gösteriliyor.</i>
page-checked = <i>Bilgiler { $date } tarihinde kontrol edildi.</i>

## Yardım

help-text =
    <b>Yardım</b>
    • Bir konuyu açmak için bir düğmeye dokunun.
    • Ya da sorunuzu kendi kelimelerinizle yazın: size cevap veren sayfayı gösteririm.
    • /menu konuların listesini gösterir.
    • /language dili değiştirir.
    • /appointments randevularınızı gösterir.
    • /privacy botun neyi sakladığını söyler; /forget siler.
    • /start karşılama mesajını yeniden gösterir.

    Tehlikedeyseniz <b>112</b> numarasını arayın.

## Diğer her şey

fallback-media =
    Sadece yazıları ve düğmeleri okuyabilirim.
    Lütfen menüden bir konu seçin.
fallback-unknown-command =
    { $command } komutunu bilmiyorum.
    /menu veya /help deneyin.
fallback-stale-button = Bu düğme artık çalışmıyor. İşte menü.
error-generic = Üzgünüm, bir hata oldu. Tekrar deneyin veya /menu yazın.

## Telegram'ın gösterdiği komut listesi (kısa, HTML yok)

command-start = Karşılama mesajı
command-menu = Konuları göster
command-language = Dili değiştir
command-help = Bu bot nasıl çalışır
