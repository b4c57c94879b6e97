<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
    </context>
    <context>
        <name>Dialog</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Guides</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>%1 of %2 steps done</source>
            <translation>%1 étapes faites sur %2</translation>
        </message>
        <message>
            <source>No guide could be loaded.</source>
            <translation>Aucun guide n'a pu être chargé.</translation>
        </message>
        <message>
            <source>Last reviewed: %1</source>
            <translation>Dernière vérification : %1</translation>
        </message>
        <message>
            <source>Draft translation: no native speaker has reviewed this language yet. If something is unclear, compare with the English version.</source>
            <translation>Traduction provisoire : personne de langue maternelle ne l'a encore relue. Si quelque chose n'est pas clair, comparez avec la version anglaise.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Showing the steps for %1 (%2 other steps hidden).</source>
            <translation>Étapes pour %1 seulement (%2 autres étapes masquées).</translation>
        </message>
        <message>
            <source>No steps in this guide for this device.</source>
            <translation>Ce guide n'a aucune étape pour cet appareil.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Android</source>
            <translation>Android</translation>
        </message>
        <message>
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Windows</translation>
        </message>
        <message>
            <source>macOS</source>
            <translation>macOS</translation>
        </message>
        <message>
            <source>Linux</source>
            <translation>Linux</translation>
        </message>
        <message>
            <source>Web browser</source>
            <translation>Navigateur web</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Recommandé</translation>
        </message>
        <message>
            <source>Use with caution</source>
            <translation>À utiliser avec prudence</translation>
        </message>
        <message>
            <source>Discontinued: do not use</source>
            <translation>Abandonné : ne pas utiliser</translation>
        </message>
        <message>
            <source>Google Play</source>
            <translation>Google Play</translation>
        </message>
        <message>
            <source>App Store</source>
            <translation>App Store</translation>
        </message>
        <message>
            <source>app store</source>
            <translation>magasin d'applications</translation>
        </message>
        <message>
            <source>F-Droid</source>
            <translation>F-Droid</translation>
        </message>
        <message>
            <source>APK file</source>
            <translation>fichier APK</translation>
        </message>
        <message>
            <source>official site</source>
            <translation>site officiel</translation>
        </message>
        <message>
            <source>website</source>
            <translation>site web</translation>
        </message>
        <message>
            <source>Open in your browser</source>
            <translation>Ouvrir dans le navigateur</translation>
        </message>
        <message>
            <source>Get it for %1</source>
            <translation>Obtenir pour %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Open a link</source>
            <translation>Ouvrir un lien</translation>
        </message>
        <message>
            <source>Karpear never goes online itself. If you continue, your web browser opens this address.</source>
            <translation>Karpear ne se connecte jamais lui-même à Internet. Si vous continuez, votre navigateur ouvrira cette adresse.</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>Site :</translation>
        </message>
        <message>
            <source>Website: %1</source>
            <translation>Site : %1</translation>
        </message>
        <message>
            <source>Full address (check that it is exactly this):</source>
            <translation>Adresse complète (vérifiez qu'elle est exactement celle-ci) :</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Copier l'adresse</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Ouvrir dans le navigateur</translation>
        </message>
        <message>
            <source>QR code of the address</source>
            <translation>Code QR de l'adresse</translation>
        </message>
        <message>
            <source>Scan with your phone's camera to open the same address on the phone.</source>
            <translation>Scannez avec l'appareil photo de votre téléphone pour ouvrir la même adresse sur le téléphone.</translation>
        </message>
        <message>
            <source>Check that you have the real app</source>
            <translation>Vérifiez que vous avez la vraie application</translation>
        </message>
        <message>
            <source>App ID (package name):</source>
            <translation>Identifiant de l'application (nom du paquet) :</translation>
        </message>
        <message>
            <source>APK signing certificate (SHA-256):</source>
            <translation>Certificat de signature de l'APK (SHA-256) :</translation>
        </message>
        <message>
            <source>PGP key fingerprint:</source>
            <translation>Empreinte de la clé PGP :</translation>
        </message>
        <message>
            <source>Link blocked</source>
            <translation>Lien bloqué</translation>
        </message>
        <message>
            <source>This link was not opened</source>
            <translation>Ce lien n'a pas été ouvert</translation>
        </message>
        <message>
            <source>%1 is not one of the official websites listed for this. It may be a fake site.</source>
            <translation>%1 ne fait pas partie des sites officiels prévus ici. Il peut s'agir d'un faux site.</translation>
        </message>
        <message>
            <source>Karpear only opens secure (https) addresses of official websites. This one is not.</source>
            <translation>Karpear n'ouvre que les adresses sécurisées (https) des sites officiels. Celle-ci n'en est pas une.</translation>
        </message>
        <message>
            <source>The link was:</source>
            <translation>Le lien était :</translation>
        </message>
        <message>
            <source>If someone sent you this guide with this link, be careful: it may have been changed.</source>
            <translation>Si quelqu'un vous a envoyé ce guide avec ce lien, méfiez-vous : il a peut-être été modifié.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>Karpear does not open your email program. Copy the address and write from an account you trust.</source>
            <translation>Karpear n'ouvre pas votre logiciel de messagerie. Copiez l'adresse et écrivez depuis un compte de confiance.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Official website of %1</source>
            <translation>Site officiel de %1</translation>
        </message>
        <message>
            <source>Open this link?</source>
            <translation>Ouvrir ce lien ?</translation>
        </message>
        <message>
            <source>Address copied</source>
            <translation>Adresse copiée</translation>
        </message>
        <message>
            <source>The browser did not open</source>
            <translation>Le navigateur ne s'est pas ouvert</translation>
        </message>
        <message>
            <source>No web browser could be started on this computer. Copy the address and paste it into a web browser yourself, or type it on your phone.</source>
            <translation>Aucun navigateur web n'a pu être lancé sur cet ordinateur. Copiez l'adresse et collez-la vous-même dans un navigateur web, ou tapez-la sur votre téléphone.</translation>
        </message>
        <message>
            <source>This exact address is not one that the guide lists, so Karpear does not open it. The text may have been changed.</source>
            <translation>Cette adresse exacte ne fait pas partie de celles que le guide prévoit : Karpear ne l'ouvre donc pas. Le texte a peut-être été modifié.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your progress was saved by a newer version of Karpear. It is kept unchanged; this version starts with an empty checklist.</source>
            <translation>Votre progression a été enregistrée par une version plus récente de Karpear. Elle est conservée telle quelle ; cette version commence avec une liste vide.</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Karpear. This version uses its defaults.</source>
            <translation>Vos réglages ont été enregistrés par une version plus récente de Karpear. Cette version utilise ses réglages par défaut.</translation>
        </message>
        <message>
            <source>Your saved progress could not be read (the system refused access), so the checklist starts empty.</source>
            <translation>Votre progression n'a pas pu être lue (le système a refusé l'accès) : la liste commence vide.</translation>
        </message>
        <message>
            <source>Your settings could not be read (the system refused access), so the defaults are used.</source>
            <translation>Vos réglages n'ont pas pu être lus (le système a refusé l'accès) : les réglages par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>Your saved progress was damaged and could not be read, so the checklist starts empty.</source>
            <translation>Votre progression enregistrée était endommagée et n'a pas pu être lue : la liste commence vide.</translation>
        </message>
        <message>
            <source>Your settings were damaged and could not be read, so the defaults are used.</source>
            <translation>Vos réglages étaient endommagés et n'ont pas pu être lus : les réglages par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>The damaged file was kept as: %1</source>
            <translation>Le fichier endommagé a été conservé sous : %1</translation>
        </message>
        <message>
            <source>Changes will not be saved until this is fixed.</source>
            <translation>Les modifications ne seront pas enregistrées tant que ce problème n'est pas réglé.</translation>
        </message>
        <message>
            <source>Some guide content is damaged and was left out; the rest works normally. Problems found: %1. A trainer can run “karpear check” to see them.</source>
            <translation>Une partie du contenu des guides est endommagée et a été écartée ; le reste fonctionne normalement. Problèmes trouvés : %1. Un formateur peut lancer « karpear check » pour les voir.</translation>
        </message>
        <message>
            <source>Show steps for:</source>
            <translation>Afficher les étapes pour :</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>Tous les appareils</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Karpear</source>
            <translation>&amp;Karpear</translation>
        </message>
        <message>
            <source>Erase all my data…</source>
            <translation>Effacer toutes mes données…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>Taille de texte normale</translation>
        </message>
        <message>
            <source>Show steps for</source>
            <translation>Afficher les étapes pour</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Étape précédente</translation>
        </message>
        <message>
            <source>Next guide</source>
            <translation>Guide suivant</translation>
        </message>
        <message>
            <source>Previous guide</source>
            <translation>Guide précédent</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>About Karpear</source>
            <translation>À propos de Karpear</translation>
        </message>
        <message>
            <source>Your progress could not be saved (%1). Check that the disk is not full.</source>
            <translation>Votre progression n'a pas pu être enregistrée (%1). Vérifiez que le disque n'est pas plein.</translation>
        </message>
        <message>
            <source>Your settings could not be saved (%1).</source>
            <translation>Vos réglages n'ont pas pu être enregistrés (%1).</translation>
        </message>
        <message>
            <source>Erase all my data</source>
            <translation>Effacer toutes mes données</translation>
        </message>
        <message>
            <source>Erase all your data from this computer?</source>
            <translation>Effacer toutes vos données de cet ordinateur ?</translation>
        </message>
        <message>
            <source>This removes your progress and settings from this computer. The guides stay. This cannot be undone.</source>
            <translation>Cela supprime votre progression et vos réglages de cet ordinateur. Les guides restent. Impossible de revenir en arrière.</translation>
        </message>
        <message>
            <source>Erase everything</source>
            <translation>Tout effacer</translation>
        </message>
        <message>
            <source>Some data could not be erased: %1</source>
            <translation>Certaines données n'ont pas pu être effacées : %1</translation>
        </message>
        <message>
            <source>All your data was erased from this computer.</source>
            <translation>Toutes vos données ont été effacées de cet ordinateur.</translation>
        </message>
        <message>
            <source>Karpear %1</source>
            <translation>Karpear %1</translation>
        </message>
        <message>
            <source>Checklists to protect your phone calls and messages from surveillance. Karpear never connects to the internet: links open in your browser only when you confirm. Your progress stays on this computer.</source>
            <translation>Des listes de contrôle pour protéger vos appels et vos messages de la surveillance. Karpear ne se connecte jamais à Internet : les liens s'ouvrent dans votre navigateur seulement quand vous confirmez. Votre progression reste sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>StepCard</name>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>Seulement %1</translation>
        </message>
        <message>
            <source>Updated since you checked it: please read it again.</source>
            <translation>Mise à jour depuis que vous l'avez cochée : relisez-la.</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Compris</translation>
        </message>
        <message>
            <source>Tools for this step</source>
            <translation>Outils pour cette étape</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Pas encore fait</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>Not yet translated: shown in English</source>
            <translation>Pas encore traduit : affiché en anglais</translation>
        </message>
        <message>
            <source>Translators have not translated this text yet.</source>
            <translation>Les traducteurs n'ont pas encore traduit ce texte.</translation>
        </message>
    </context>
    <context>
        <name>ToolCard</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Open source</source>
            <translation>Code source ouvert</translation>
        </message>
        <message>
            <source>Use instead: %1</source>
            <translation>Utilisez plutôt : %1</translation>
        </message>
        <message>
            <source>Safer choice: %1</source>
            <translation>Choix plus sûr : %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Official website</source>
            <translation>Site officiel</translation>
        </message>
        <message>
            <source>Official website of %1</source>
            <translation>Site officiel de %1</translation>
        </message>
        <message>
            <source>No official download is known: beware of look-alike apps.</source>
            <translation>Aucun téléchargement officiel connu : méfiez-vous des fausses applications qui lui ressemblent.</translation>
        </message>
        <message>
            <source>Not available for %1.</source>
            <translation>Pas disponible pour %1.</translation>
        </message>
    </context>
</TS>
