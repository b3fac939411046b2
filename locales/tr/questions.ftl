# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.

questions-did-it-help = Bu sorunuzu yanıtladı mı?
questions-yes = 👍 Evet
questions-no = 👎 Hayır
questions-thanks =
    Teşekkürler. İstediğiniz zaman başka bir soru yazabilir ya da /menu yazabilirsiniz.
questions-choose =
    Sorunuzu birkaç konu yanıtlayabilir.
    Hangisini açmak istersiniz?
questions-not-found =
    Kontrol edilmiş bilgilerde sorunuza bir yanıt bulamadım.
    Tahmin etmektense bunu size söylemeyi tercih ederim.
questions-not-helped =
    Üzgünüm, bu sayfa sorunuzu yanıtlamadı.
    Kontrol edilmiş başka bir yanıtım yok.
questions-coach-offer =
    Koçunuz da yardım edebilir: onu gördüğünüzde sorun.
    Yakında sorunuzu bu bot aracılığıyla koçunuza gönderebileceksiniz.
    Koç, Yabancılar Dairesi için çalışır. Savunmanız için avukatınızla konuşun.

    Ya da aşağıdan bir konu seçin:
