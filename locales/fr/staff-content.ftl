# Ce que les coordinateurs lisent sur les modifications du contenu (personnel : fr, nl, en).

staff-content-refused =
    ⚠️ <b>Le contenu modifié n'a pas été chargé</b> : { $count ->
        [one] 1 erreur
       *[other] { $count } erreurs
    }. Les familles lisent toujours la version précédente.
    { $problems }
    Corrigez les fichiers (ou lancez <code>family-bot content check</code>), puis envoyez /reload.
staff-content-loaded = ✅ Le contenu modifié est chargé : les familles le lisent désormais.
staff-content-unchanged = Rien n'a changé depuis le dernier chargement.
