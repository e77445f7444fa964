<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountAssistant</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with your XMPP address</source>
        <translation>Mit Ihrer XMPP-Adresse anmelden</translation>
    </message>
    <message>
        <source>Your address looks like an e-mail address, for example alice@example.org.</source>
        <translation>Ihre Adresse sieht aus wie eine E-Mail-Adresse, zum Beispiel alice@example.org.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Server-&amp;Host:</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Wird automatisch gefunden</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Use direct TLS</source>
        <translation>Direktes TLS verwenden</translation>
    </message>
    <message>
        <source>Encrypt from the first byte (XEP-0368) instead of upgrading with STARTTLS. Only for servers that offer it.</source>
        <translation>Ab dem ersten Byte verschlüsseln (XEP-0368) statt mit STARTTLS umzuschalten. Nur für Server, die das anbieten.</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Gerätename:</translation>
    </message>
    <message>
        <source>Chosen by the server</source>
        <translation>Wählt der Server</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System settings (or socks5://host:port)</source>
        <translation>Systemeinstellungen (oder socks5://host:port)</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Hi, this is me. Please add me.</source>
        <translation>Hallo, ich bin es. Bitte füge mich hinzu.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Only trust it if you know this server uses this certificate, for example because its administrator told you the fingerprint. Palaver will then accept this certificate, and no other, for this account.</source>
        <translation>Vertrauen Sie ihm nur, wenn Sie wissen, dass dieser Server dieses Zertifikat verwendet, etwa weil Ihnen der Administrator den Fingerabdruck genannt hat. Palaver akzeptiert dann für dieses Konto dieses Zertifikat und kein anderes.</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>ConnectionErrorText</name>
    <message>
        <source>Wrong address or password</source>
        <translation>Falsche Adresse oder falsches Passwort</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Signed in elsewhere</source>
        <translation>Anderswo angemeldet</translation>
    </message>
    <message>
        <source>Disconnected by the server</source>
        <translation>Vom Server getrennt</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Keine Verbindung möglich</translation>
    </message>
    <message>
        <source>The address or password cannot be used. Check the address has the form name@server.</source>
        <translation>Adresse oder Passwort sind nicht verwendbar. Prüfen Sie, ob die Adresse die Form name@server hat.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the part of the address after the @, and that you are online.</source>
        <translation>Der Server wurde nicht gefunden. Prüfen Sie den Teil der Adresse nach dem @ und ob Sie online sind.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down, or the server settings (host and port) may be wrong.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Er ist vielleicht nicht erreichbar, oder die Servereinstellungen (Host und Port) stimmen nicht.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Palaver reconnects by itself.</source>
        <translation>Die Verbindung zum Server ist abgebrochen. Palaver verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <source>The server stopped answering. Palaver reconnects by itself.</source>
        <translation>Der Server antwortet nicht mehr. Palaver verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <source>A network error stopped the connection. Check your network connection.</source>
        <translation>Ein Netzwerkfehler hat die Verbindung beendet. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection, so Palaver will not send your password to it.</source>
        <translation>Der Server bietet keine verschlüsselte Verbindung an, daher sendet Palaver ihm Ihr Passwort nicht.</translation>
    </message>
    <message>
        <source>An encrypted connection to the server could not be set up.</source>
        <translation>Eine verschlüsselte Verbindung zum Server konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so Palaver cannot be sure it is talking to the right server.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden, daher kann Palaver nicht sicher sein, mit dem richtigen Server zu sprechen.</translation>
    </message>
    <message>
        <source>The server sent something Palaver does not understand, and the connection was closed to be safe.</source>
        <translation>Der Server hat etwas gesendet, das Palaver nicht versteht; die Verbindung wurde sicherheitshalber geschlossen.</translation>
    </message>
    <message>
        <source>The server accepted your password but could not start a session. Try again later.</source>
        <translation>Der Server hat Ihr Passwort angenommen, konnte aber keine Sitzung starten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server did not accept this address and password. Check both and try again.</source>
        <translation>Der Server hat diese Adresse und dieses Passwort nicht angenommen. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This account has been disabled by the server&apos;s administrator.</source>
        <translation>Dieses Konto wurde vom Administrator des Servers deaktiviert.</translation>
    </message>
    <message>
        <source>Your password has expired. Change it with your server&apos;s provider.</source>
        <translation>Ihr Passwort ist abgelaufen. Ändern Sie es beim Anbieter Ihres Servers.</translation>
    </message>
    <message>
        <source>The server could not check your password just now. Try again later.</source>
        <translation>Der Server konnte Ihr Passwort gerade nicht prüfen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server offers no sign-in method Palaver considers safe.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Palaver für sicher hält.</translation>
    </message>
    <message>
        <source>The server could not prove it knows your password: it may be an impostor. Palaver stopped signing in.</source>
        <translation>Der Server konnte nicht beweisen, dass er Ihr Passwort kennt: Er könnte ein Betrüger sein. Palaver hat die Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The address or password contains characters that cannot be used to sign in.</source>
        <translation>Adresse oder Passwort enthalten Zeichen, die für die Anmeldung nicht verwendbar sind.</translation>
    </message>
    <message>
        <source>The server refused to sign you in.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>This account signed in from another place with the same device name, so this session was closed.</source>
        <translation>Dieses Konto hat sich anderswo mit demselben Gerätenamen angemeldet, daher wurde diese Sitzung beendet.</translation>
    </message>
    <message>
        <source>The server does not host this address. Check the part after the @.</source>
        <translation>Der Server verwaltet diese Adresse nicht. Prüfen Sie den Teil nach dem @.</translation>
    </message>
    <message>
        <source>The server is shutting down. Palaver reconnects when it is back.</source>
        <translation>Der Server wird heruntergefahren. Palaver verbindet sich neu, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>The server closed the connection because of its usage rules.</source>
        <translation>Der Server hat die Verbindung wegen seiner Nutzungsregeln geschlossen.</translation>
    </message>
    <message>
        <source>The server refused this connection.</source>
        <translation>Der Server hat diese Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server is too busy just now. Try again later.</source>
        <translation>Der Server ist gerade überlastet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server closed the connection because of an error.</source>
        <translation>Der Server hat die Verbindung wegen eines Fehlers geschlossen.</translation>
    </message>
    <message>
        <source>This server does not let new accounts be created from an app. Its website may explain how to get one, or choose another server.</source>
        <translation>Dieser Server erlaubt nicht, neue Konten aus einer App heraus anzulegen. Seine Website erklärt vielleicht, wie man eines bekommt – oder wählen Sie einen anderen Server.</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>Devices signed in</source>
        <translation>Angemeldete Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
</context>
<context>
    <name>ConversationWidget</name>
    <message>
        <source>Search this conversation (Ctrl+F)</source>
        <translation>Diese Unterhaltung durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Older match (Enter)</source>
        <translation>Älterer Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Newer match (Shift+Enter)</source>
        <translation>Neuerer Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Sie bearbeiten Ihre letzte Nachricht. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Senden (Eingabe). Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Do not reply to this message</source>
        <translation>Nicht auf diese Nachricht antworten</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>When to notify you about this conversation</source>
        <translation>Wann Sie zu dieser Unterhaltung benachrichtigt werden</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Insert an emoji (or type : and its name)</source>
        <translation>Emoji einfügen (oder : und seinen Namen eingeben)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Palaver</source>
        <translation>&amp;Palaver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Palaver</source>
        <translation>Ü&amp;ber Palaver</translation>
    </message>
    <message>
        <source>Account settings…</source>
        <translation>Kontoeinstellungen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Set up an account…</source>
        <translation>Konto einrichten…</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Kontakt suchen</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>K&amp;onten…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;XML console</source>
        <translation>&amp;XML-Konsole</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Offline-Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Welcome to Palaver. Sign in with your XMPP address to start chatting.</source>
        <translation>Willkommen bei Palaver. Melden Sie sich mit Ihrer XMPP-Adresse an, um loszulegen.</translation>
    </message>
    <message>
        <source>&amp;New chat…</source>
        <translation>&amp;Neuer Chat …</translation>
    </message>
    <message>
        <source>&amp;Join room…</source>
        <translation>Raum &amp;betreten…</translation>
    </message>
    <message>
        <source>&amp;Browse rooms…</source>
        <translation>Räume &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Search all messages…</source>
        <translation>In allen Nachrichten &amp;suchen…</translation>
    </message>
    <message>
        <source>B&amp;locked addresses…</source>
        <translation>&amp;Gesperrte Adressen…</translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Wird heruntergeladen … %1 %</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Wird heruntergeladen … %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>The file server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Dateiservers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>What arrived is not the file that was sent; it was not kept.</source>
        <translation>Was ankam, ist nicht die gesendete Datei; sie wurde nicht behalten.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1).</source>
        <translation>Die Datei konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The download failed (%1).</source>
        <translation>Das Herunterladen ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>The file is no longer on the server.</source>
        <translation>Die Datei liegt nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>The file server refused the download (HTTP status %1).</source>
        <translation>Der Dateiserver hat das Herunterladen verweigert (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>Another download is already saving to that file.</source>
        <translation>Ein anderer Download speichert bereits in diese Datei.</translation>
    </message>
    <message>
        <source>The file arrived whole but could not be given its name; it is kept as “%1”.</source>
        <translation>Die Datei ist vollständig angekommen, konnte aber nicht ihren Namen erhalten; sie liegt als „%1“ bereit.</translation>
    </message>
</context>
<context>
    <name>MessageDocuments</name>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Copy the whole message (%n characters)</source>
        <translation>
            <numerusform>Die ganze Nachricht kopieren (%n Zeichen)</numerusform>
            <numerusform>Die ganze Nachricht kopieren (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <source>A moderator deleted this message.</source>
        <translation>Ein Moderator hat diese Nachricht gelöscht.</translation>
    </message>
    <message>
        <source>A moderator deleted this message: %1</source>
        <translation>Ein Moderator hat diese Nachricht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>Palaver::App::AccountSetup</name>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Palaver cannot keep your password safely.

Keep it in Palaver&apos;s settings file instead? Anyone who can read your files could read it. If you choose No, Palaver asks for the password each time it starts.</source>
        <translation>Auf diesem Computer läuft kein Passwort-Schlüsselbund, daher kann Palaver Ihr Passwort nicht sicher aufbewahren.

Stattdessen in Palavers Einstellungsdatei speichern? Wer Ihre Dateien lesen kann, könnte es lesen. Wenn Sie Nein wählen, fragt Palaver bei jedem Start nach dem Passwort.</translation>
    </message>
</context>
<context>
    <name>Palaver::App::Application</name>
    <message>
        <source>Palaver (%1)</source>
        <translation>Palaver (%1)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sign in to this account first: its profile is kept on its server.</source>
        <translation>Melden Sie sich zuerst mit diesem Konto an: Sein Profil liegt auf seinem Server.</translation>
    </message>
</context>
<context>
    <name>Palaver::App::ConversationFinder</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>Palaver::App::DesktopIntegration</name>
    <message>
        <source>Keep Palaver Running?</source>
        <translation>Palaver weiterlaufen lassen?</translation>
    </message>
    <message>
        <source>Palaver can keep running in the tray, so that messages still reach you. Open it again from the tray icon; quit from the tray icon&apos;s menu. You can change this in Preferences.</source>
        <translation>Palaver kann im Infobereich weiterlaufen, damit Nachrichten Sie weiterhin erreichen. Öffnen Sie es wieder über das Symbol im Infobereich; beenden Sie es über das Menü dieses Symbols. Sie können das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Keep Running in the Tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Palaver::App::DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>Palaver::App::MessageAlerts</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>Palaver::App::MessageNotifier</name>
    <message numerus="yes">
        <source>%1 (%n new messages)</source>
        <translation>
            <numerusform>%1 (%n neue Nachricht)</numerusform>
            <numerusform>%1 (%n neue Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
</context>
<context>
    <name>Palaver::App::RoomTabs</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Leave room</source>
        <translation>Raum verlassen</translation>
    </message>
    <message>
        <source>Forget room</source>
        <translation>Raum vergessen</translation>
    </message>
</context>
<context>
    <name>Palaver::App::TrayIcon</name>
    <message>
        <source>Show or hide Palaver</source>
        <translation>Palaver zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s)</source>
        <translation>
            <numerusform>Palaver: %n ungelesene Nachricht</numerusform>
            <numerusform>Palaver: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Palaver: %1</source>
        <translation>Palaver: %1</translation>
    </message>
</context>
<context>
    <name>Palaver::App::WindowSnapshot</name>
    <message>
        <source>The picture could not be saved as %1.</source>
        <translation>Das Bild konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Not every account was signed in when the picture was taken.</source>
        <translation>Beim Aufnehmen des Bildes waren nicht alle Konten angemeldet.</translation>
    </message>
</context>
<context>
    <name>Palaver::App::XmppLinkHandler</name>
    <message>
        <source>The link %1 does not hold a valid chat address.</source>
        <translation>Der Link %1 enthält keine gültige Chat-Adresse.</translation>
    </message>
    <message>
        <source>Add an account first; then the link can be opened.</source>
        <translation>Richten Sie zuerst ein Konto ein; dann lässt sich der Link öffnen.</translation>
    </message>
    <message>
        <source>The chat with %1 cannot be opened.</source>
        <translation>Der Chat mit %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Palaver cannot act on &quot;%1&quot; links yet.</source>
        <translation>Palaver kann mit „%1“-Links noch nichts anfangen.</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::AccountAssistant</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>This is not a valid address. It looks like name@example.org.</source>
        <translation>Das ist keine gültige Adresse. Sie sieht aus wie name@example.org.</translation>
    </message>
    <message>
        <source>The proxy is not understood. Write it as socks5://host:port or http://host:port.</source>
        <translation>Der Proxy ist unverständlich. Schreiben Sie ihn als socks5://host:port oder http://host:port.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Create account…</source>
        <translation>Konto anlegen …</translation>
    </message>
    <message>
        <source>Create a new account on a server that allows it</source>
        <translation>Ein neues Konto auf einem Server anlegen, der es erlaubt</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::AddContactDialog</name>
    <message>
        <source>An address looks like name@example.org.</source>
        <translation>Eine Adresse sieht aus wie name@example.org.</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::BlockedListDialog</name>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <source>Blocked Addresses</source>
        <translation>Gesperrte Adressen</translation>
    </message>
    <message>
        <source>Blocked addresses cannot write to you or see when you are online. The list is kept by your server, for all your devices.</source>
        <translation>Gesperrte Adressen können Ihnen nicht schreiben und nicht sehen, wann Sie online sind. Die Liste führt Ihr Server, für alle Ihre Geräte.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Gesperrte Adressen</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Zu sperrende Adresse</translation>
    </message>
    <message>
        <source>This account&apos;s server does not keep a block list, or the account is not connected.</source>
        <translation>Der Server dieses Kontos führt keine Sperrliste, oder das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>Niemand ist gesperrt.</translation>
    </message>
    <message>
        <source>That is not an address: it looks like name@example.org.</source>
        <translation>Das ist keine Adresse. Eine Adresse sieht aus wie name@example.org.</translation>
    </message>
    <message>
        <source>The server did not block it: %1</source>
        <translation>Der Server hat die Adresse nicht gesperrt: %1</translation>
    </message>
    <message>
        <source>The server did not unblock it: %1</source>
        <translation>Der Server hat die Adresse nicht entsperrt: %1</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::CertificateDialog</name>
    <message>
        <source>Palaver cannot be sure that the server it reached is really %1.</source>
        <translation>Palaver kann nicht sicher sein, dass der erreichte Server wirklich %1 ist.</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>It is not signed by an authority this computer trusts (it may be self-signed).</source>
        <translation>Es ist nicht von einer Stelle signiert, der dieser Computer vertraut (vielleicht ist es selbstsigniert).</translation>
    </message>
    <message>
        <source>It was issued for a different server name.</source>
        <translation>Es wurde für einen anderen Servernamen ausgestellt.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Es ist abgelaufen.</translation>
    </message>
    <message>
        <source>It is not valid yet. Check your computer&apos;s date and time.</source>
        <translation>Es ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit Ihres Computers.</translation>
    </message>
    <message>
        <source>Its issuer has revoked it.</source>
        <translation>Sein Aussteller hat es widerrufen.</translation>
    </message>
    <message>
        <source>It is damaged or not meant for this use.</source>
        <translation>Es ist beschädigt oder nicht für diesen Zweck gedacht.</translation>
    </message>
    <message>
        <source>It is not the certificate you chose to trust for this account: the server&apos;s certificate has changed.</source>
        <translation>Es ist nicht das Zertifikat, dem Sie für dieses Konto vertrauen: Das Zertifikat des Servers hat sich geändert.</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ChatTab</name>
    <message>
        <source>Message too long</source>
        <translation>Nachricht zu lang</translation>
    </message>
    <message>
        <source>This message is too long to send: your server takes messages of up to about %1 KB, and this one has %2 characters. Shorten it, or send it in parts.</source>
        <translation>Diese Nachricht ist zu lang zum Senden: Ihr Server nimmt Nachrichten bis etwa %1 KB an, und diese hat %2 Zeichen. Kürzen Sie sie, oder senden Sie sie in Teilen.</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <source>Share files (or drop them here)</source>
        <translation>Dateien teilen (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Share files</source>
        <translation>Dateien teilen</translation>
    </message>
    <message>
        <source>Share Files</source>
        <translation>Dateien teilen</translation>
    </message>
    <message>
        <source>Cannot Share Files</source>
        <translation>Dateien können nicht geteilt werden</translation>
    </message>
    <message>
        <source>Your server offers no file sharing, or you are offline. Try again once you are connected.</source>
        <translation>Ihr Server bietet kein Teilen von Dateien an, oder Sie sind offline. Versuchen Sie es erneut, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <source>Files Too Large</source>
        <translation>Dateien zu groß</translation>
    </message>
    <message>
        <source>Your server takes files of up to %1. Not sent: %2</source>
        <translation>Ihr Server nimmt Dateien bis %1 an. Nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Send Picture</source>
        <translation>Bild senden</translation>
    </message>
    <message>
        <source>Send this picture from the clipboard (%1 × %2)?</source>
        <translation>Dieses Bild aus der Zwischenablage senden (%1 × %2)?</translation>
    </message>
    <message>
        <source>The picture could not be saved to send.</source>
        <translation>Das Bild konnte zum Senden nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Share the pasted files here? %1</source>
        <translation>Die eingefügten Dateien hier teilen? %1</translation>
    </message>
    <message>
        <source>Share Files…</source>
        <translation>Dateien teilen …</translation>
    </message>
    <message>
        <source>Share Photos as Taken (with Place and Camera)…</source>
        <translation>Fotos wie aufgenommen teilen (mit Ort und Kamera) …</translation>
    </message>
    <message>
        <source>Share Photos as Taken</source>
        <translation>Fotos wie aufgenommen teilen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg)</source>
        <translation>Fotos (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Share Files Unencrypted?</source>
        <translation>Dateien unverschlüsselt teilen?</translation>
    </message>
    <message numerus="yes">
        <source>Files are not encrypted end to end yet: your server, and anyone who gets the link, can read them. Share %n file(s) anyway?</source>
        <translation>
            <numerusform>Dateien werden noch nicht Ende-zu-Ende verschlüsselt: Dein Server und alle, die den Link bekommen, können sie lesen. Die Datei trotzdem teilen?</numerusform>
            <numerusform>Dateien werden noch nicht Ende-zu-Ende verschlüsselt: Dein Server und alle, die den Link bekommen, können sie lesen. Die %n Dateien trotzdem teilen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ChatWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ChatsDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ChatsListWidget</name>
    <message>
        <source>Find a chat</source>
        <translation>Chat suchen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Nicht mehr &amp;anheften</translation>
    </message>
    <message>
        <source>&amp;Pin to the Top</source>
        <translation>Oben &amp;anheften</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Delete History…</source>
        <translation>&amp;Verlauf löschen…</translation>
    </message>
    <message>
        <source>Leave the room %1 and delete all its messages from this computer? The room may send recent ones again when you join it next time.</source>
        <translation>Den Raum %1 verlassen und alle seine Nachrichten von diesem Computer löschen? Der Raum sendet die letzten Nachrichten womöglich erneut, wenn Sie ihn das nächste Mal betreten.</translation>
    </message>
    <message>
        <source>Delete every message of your chat with %1 from this computer?</source>
        <translation>Alle Nachrichten Ihres Chats mit %1 von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Delete History</source>
        <translation>Verlauf löschen</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ContactDetailsDialog</name>
    <message>
        <source>%1 — Details</source>
        <translation>%1 — Details</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>Not in your contacts.</source>
        <translation>Nicht in Ihren Kontakten.</translation>
    </message>
    <message>
        <source>You see each other&apos;s status.</source>
        <translation>Sie sehen gegenseitig Ihren Status.</translation>
    </message>
    <message>
        <source>You see their status; they do not see yours.</source>
        <translation>Sie sehen den Status; Ihren Status sieht der Kontakt nicht.</translation>
    </message>
    <message>
        <source>They see your status; you asked to see theirs.</source>
        <translation>Der Kontakt sieht Ihren Status; Sie haben um seinen gebeten.</translation>
    </message>
    <message>
        <source>They see your status; you do not see theirs.</source>
        <translation>Der Kontakt sieht Ihren Status; Sie sehen seinen nicht.</translation>
    </message>
    <message>
        <source>You asked to see their status; no answer yet.</source>
        <translation>Sie haben um den Status gebeten; noch keine Antwort.</translation>
    </message>
    <message>
        <source>You do not share your status with each other.</source>
        <translation>Sie teilen Ihren Status nicht miteinander.</translation>
    </message>
    <message>
        <source>Sign in to see the profile.</source>
        <translation>Melden Sie sich an, um das Profil zu sehen.</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Profil wird geladen …</translation>
    </message>
    <message>
        <source>%1 has not published a profile.</source>
        <translation>%1 hat kein Profil veröffentlicht.</translation>
    </message>
    <message>
        <source>The profile could not be loaded. Try again later.</source>
        <translation>Das Profil konnte nicht geladen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Über mich:</translation>
    </message>
    <message>
        <source>The profile is empty.</source>
        <translation>Das Profil ist leer.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird erfragt …</translation>
    </message>
    <message>
        <source>%1 is not signed in anywhere you can see.</source>
        <translation>%1 ist nirgends angemeldet, soweit Sie es sehen können.</translation>
    </message>
    <message>
        <source>Signed in on:</source>
        <translation>Angemeldet auf:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Gruppen…</translation>
    </message>
    <message>
        <source>Ask &amp;again to see their status</source>
        <translation>&amp;Erneut um ihren Status bitten</translation>
    </message>
    <message>
        <source>Ask to see their &amp;status</source>
        <translation>Um ihren &amp;Status bitten</translation>
    </message>
    <message>
        <source>&amp;Withdraw the request</source>
        <translation>Anfrage &amp;zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Stop seeing their status</source>
        <translation>Ihren Status nicht mehr &amp;sehen</translation>
    </message>
    <message>
        <source>Stop &amp;sharing my status</source>
        <translation>Meinen Status nicht mehr &amp;teilen</translation>
    </message>
    <message>
        <source>Share &amp;my status</source>
        <translation>&amp;Meinen Status teilen</translation>
    </message>
    <message>
        <source>Share my status</source>
        <translation>Meinen Status teilen</translation>
    </message>
    <message>
        <source>Your server cannot share your status before %1 asks for it. It is shared as soon as you approve their request.</source>
        <translation>Ihr Server kann Ihren Status nicht teilen, bevor %1 darum bittet. Er wird geteilt, sobald Sie die Anfrage annehmen.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts? You will no longer see each other&apos;s status.</source>
        <translation>%1 aus Ihren Kontakten entfernen? Sie sehen dann gegenseitig Ihren Status nicht mehr.</translation>
    </message>
    <message>
        <source>Rename contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Name für %1:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Groups for %1, separated by commas:</source>
        <translation>Gruppen für %1, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details …</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ConversationSearch</name>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ConversationView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ConversationWidget</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 stopped typing.</source>
        <translation>%1 hat aufgehört zu schreiben.</translation>
    </message>
    <message>
        <source>%1 has left the conversation.</source>
        <translation>%1 hat die Unterhaltung verlassen.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Private chat in the room %1</source>
        <translation>Privates Gespräch im Raum %1</translation>
    </message>
    <message>
        <source>Messages since %1 may be missing here: the server did not send them all.</source>
        <translation>Nachrichten seit %1 fehlen hier möglicherweise: Der Server hat nicht alle gesendet.</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::DataFormWidget</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The server wants this answered from a picture or sound that Palaver cannot show yet. Its website may offer another way to sign up.</source>
        <translation>Der Server möchte dies anhand eines Bildes oder Tons beantwortet haben, das Palaver noch nicht zeigen kann. Seine Website bietet vielleicht einen anderen Weg zur Anmeldung.</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Eine Adresse pro Zeile</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::DirectTransfersPanel</name>
    <message>
        <source>The file cannot be read (moved, deleted or not allowed).</source>
        <translation>Die Datei kann nicht gelesen werden (verschoben, gelöscht oder nicht erlaubt).</translation>
    </message>
    <message>
        <source>The file could not be saved in your downloads folder.</source>
        <translation>Die Datei konnte nicht in Ihrem Download-Ordner gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 declined the file.</source>
        <translation>%1 hat die Datei abgelehnt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cancelled the transfer.</source>
        <translation>%1 hat die Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>The two devices could not reach each other, or the connection broke.</source>
        <translation>Die beiden Geräte konnten einander nicht erreichen, oder die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>What arrived is not the file that was offered; it was not kept.</source>
        <translation>Was ankam, ist nicht die angebotene Datei; sie wurde nicht behalten.</translation>
    </message>
    <message>
        <source>%1&apos;s device did not take the file.</source>
        <translation>Das Gerät von %1 hat die Datei nicht angenommen.</translation>
    </message>
    <message>
        <source>%1&apos;s device went offline.</source>
        <translation>Das Gerät von %1 ist offline gegangen.</translation>
    </message>
    <message>
        <source>The file could not be written to disk.</source>
        <translation>Die Datei konnte nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>The transfer failed.</source>
        <translation>Die Übertragung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Preparing “%1” (%2)…</source>
        <translation>„%1“ (%2) wird vorbereitet …</translation>
    </message>
    <message>
        <source>%1 offers “%2” (%3) straight from their device.</source>
        <translation>%1 bietet „%2“ (%3) direkt von seinem Gerät an.</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept “%2” (%3)…</source>
        <translation>Warten, bis %1 „%2“ (%3) annimmt …</translation>
    </message>
    <message>
        <source>Connecting to %1&apos;s device for “%2”…</source>
        <translation>Verbindung zum Gerät von %1 für „%2“ …</translation>
    </message>
    <message>
        <source>“%1” (%2), through your server</source>
        <translation>„%1“ (%2), über Ihren Server</translation>
    </message>
    <message>
        <source>“%1” (%2), directly</source>
        <translation>„%1“ (%2), direkt</translation>
    </message>
    <message>
        <source>Received “%1” (%2).</source>
        <translation>„%1“ (%2) empfangen.</translation>
    </message>
    <message>
        <source>Sent “%1” (%2) to %3.</source>
        <translation>„%1“ (%2) an %3 gesendet.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Fortschritt der Übertragung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::EmojiPicker</name>
    <message>
        <source>Find an emoji</source>
        <translation>Emoji suchen</translation>
    </message>
    <message>
        <source>Emoji groups</source>
        <translation>Emoji-Gruppen</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::EncryptionButton</name>
    <message>
        <source>Encrypt messages</source>
        <translation>Nachrichten verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt Messages (OMEMO)</source>
        <translation>Nachrichten verschlüsseln (OMEMO)</translation>
    </message>
    <message>
        <source>Devices and Fingerprints…</source>
        <translation>Geräte und Fingerabdrücke…</translation>
    </message>
    <message>
        <source>Messages to this room are encrypted end to end (OMEMO): only its members&apos; devices can read them. Click to send unencrypted.</source>
        <translation>Nachrichten an diesen Raum sind Ende-zu-Ende-verschlüsselt (OMEMO): Nur die Geräte seiner Mitglieder können sie lesen. Klicken, um unverschlüsselt zu senden.</translation>
    </message>
    <message>
        <source>Messages to this room are not encrypted. Click to encrypt them end to end for its members (OMEMO).</source>
        <translation>Nachrichten an diesen Raum sind nicht verschlüsselt. Klicken, um sie für seine Mitglieder Ende-zu-Ende zu verschlüsseln (OMEMO).</translation>
    </message>
    <message>
        <source>Messages are encrypted end to end (OMEMO): only your devices and the contact&apos;s can read them. Click to send unencrypted.</source>
        <translation>Nachrichten sind Ende-zu-Ende-verschlüsselt (OMEMO): Nur deine Geräte und die des Kontakts können sie lesen. Klicken, um unverschlüsselt zu senden.</translation>
    </message>
    <message>
        <source>Messages are not encrypted: the servers on the way can read them. Click to encrypt them end to end (OMEMO).</source>
        <translation>Nachrichten sind nicht verschlüsselt: Die Server auf dem Weg können sie lesen. Klicken, um sie Ende-zu-Ende zu verschlüsseln (OMEMO).</translation>
    </message>
    <message>
        <source>Messages are not encrypted: no device of this contact has announced that it can read encrypted messages (OMEMO).</source>
        <translation>Nachrichten sind nicht verschlüsselt: Kein Gerät dieses Kontakts hat angekündigt, dass es verschlüsselte Nachrichten lesen kann (OMEMO).</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::EncryptionText</name>
    <message>
        <source>This encrypted message was sent to a device that is not this one, so it cannot be read here.</source>
        <translation>Diese verschlüsselte Nachricht wurde an ein anderes Gerät als dieses gesendet und kann hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This encrypted message cannot be read: it does not belong to a session this device has with the sender, or it was already read once.</source>
        <translation>Diese verschlüsselte Nachricht kann nicht gelesen werden: Sie gehört zu keiner Sitzung dieses Geräts mit dem Absender, oder sie wurde schon einmal gelesen.</translation>
    </message>
    <message>
        <source>This encrypted message was not read: the sender&apos;s device showed a key different from the one it had before.</source>
        <translation>Diese verschlüsselte Nachricht wurde nicht gelesen: Das Gerät des Absenders zeigte einen anderen Schlüssel als zuvor.</translation>
    </message>
    <message>
        <source>This encrypted message arrived before the encryption keys were loaded and cannot be read.</source>
        <translation>Diese verschlüsselte Nachricht kam an, bevor die Schlüssel geladen waren, und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This encrypted message cannot be read: it was damaged or changed on the way.</source>
        <translation>Diese verschlüsselte Nachricht kann nicht gelesen werden: Sie wurde unterwegs beschädigt oder verändert.</translation>
    </message>
    <message>
        <source>no device of the contact can receive encrypted messages</source>
        <translation>kein Gerät des Kontakts kann verschlüsselte Nachrichten empfangen</translation>
    </message>
    <message>
        <source>none of the contact&apos;s devices is trusted</source>
        <translation>keinem Gerät des Kontakts wird vertraut</translation>
    </message>
    <message>
        <source>encryption is not ready</source>
        <translation>Verschlüsselung ist nicht bereit</translation>
    </message>
    <message>
        <source>could not be encrypted</source>
        <translation>konnte nicht verschlüsselt werden</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Nicht vertraut</translation>
    </message>
    <message>
        <source>Trusted until you verify a device</source>
        <translation>Vertraut, bis du ein Gerät verifizierst</translation>
    </message>
    <message>
        <source>New device, not verified</source>
        <translation>Neues Gerät, nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::FileActions</name>
    <message>
        <source>Not Opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>“%1” may be a program, so Palaver does not open it. Its folder is shown instead.</source>
        <translation>„%1“ könnte ein Programm sein, deshalb öffnet Palaver es nicht. Stattdessen wird sein Ordner gezeigt.</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The file could not be saved as “%1”.</source>
        <translation>Die Datei konnte nicht als „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Trust the certificate for files?</source>
        <translation>Dem Zertifikat für Dateien vertrauen?</translation>
    </message>
    <message>
        <source>The file server uses the certificate you chose to trust for this account, which no authority vouches for. Trust it for files too?</source>
        <translation>Der Dateiserver verwendet das Zertifikat, dem Sie für dieses Konto vertrauen und für das keine Zertifizierungsstelle bürgt. Auch für Dateien vertrauen?</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ImageViewer</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>This picture is too large to show.</source>
        <translation>Dieses Bild ist zu groß, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: it is damaged or in a format this computer cannot read.</source>
        <translation>Dieses Bild kann nicht angezeigt werden: Es ist beschädigt oder in einem Format, das dieser Computer nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::InvitationDialog</name>
    <message>
        <source>Invitation to a room</source>
        <translation>Einladung in einen Raum</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 lädt Sie nach %2 ein</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>For your account %1.</source>
        <translation>Für Ihr Konto %1.</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Betreten</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::JoinRoomDialog</name>
    <message>
        <source>Join a room</source>
        <translation>Einen Raum betreten</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Spitzname:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>An address like room@conference.example.org</source>
        <translation>Eine Adresse wie raum@conference.example.org</translation>
    </message>
    <message>
        <source>How others in the room see you</source>
        <translation>Wie andere im Raum Sie sehen</translation>
    </message>
    <message>
        <source>Only if the room has one</source>
        <translation>Nur wenn der Raum eines hat</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Betreten</translation>
    </message>
    <message>
        <source>A room&apos;s address looks like room@conference.example.org.</source>
        <translation>Die Adresse eines Raums sieht aus wie raum@conference.example.org.</translation>
    </message>
    <message>
        <source>This nickname cannot be used.</source>
        <translation>Dieser Spitzname kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>&amp;Remember this room (on all your devices)</source>
        <translation>Diesen Raum &amp;merken (auf all Ihren Geräten)</translation>
    </message>
    <message>
        <source>Join it &amp;whenever I sign in</source>
        <translation>Bei jeder Anmeldung &amp;betreten</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::MainWindow</name>
    <message>
        <source>About Palaver</source>
        <translation>Über Palaver</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Palaver %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop messenger for XMPP.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Palaver %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Desktop-Messenger für XMPP.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Kontakt suchen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::MessageActions</name>
    <message>
        <source>Replying to: %1</source>
        <translation>Antwort auf: %1</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this message for everyone? Clients that do not support deleting will still show it.</source>
        <translation>Diese Nachricht für alle löschen? Programme, die das Löschen nicht unterstützen, zeigen sie weiterhin an.</translation>
    </message>
    <message>
        <source>Delete as Moderator</source>
        <translation>Per Moderation löschen</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the room. Reason (optional, shown to everyone):</source>
        <translation>Diese Nachricht für alle im Raum löschen. Grund (optional, für alle sichtbar):</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::MessageDelegate</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 hat mit %2 reagiert</translation>
    </message>
    <message>
        <source>from a device you do not trust</source>
        <translation>von einem Gerät, dem du nicht vertraust</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::MessageInput</name>
    <message>
        <source>Write a message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>&amp;Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>No Spell Checking</source>
        <translation>Keine Rechtschreibprüfung</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::MessageMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Linkadresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Zitieren</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Re&amp;act</source>
        <translation>&amp;Reagieren</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Emoji to react with:</source>
        <translation>Emoji für die Reaktion:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete for Everyone…</source>
        <translation>Für alle &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete as Moderator…</source>
        <translation>Per &amp;Moderation löschen…</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::NewChatDialog</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>A contact&apos;s name, or an address like name@example.org</source>
        <translation>Name eines Kontakts oder eine Adresse wie name@example.org</translation>
    </message>
    <message>
        <source>Contact or address</source>
        <translation>Kontakt oder Adresse</translation>
    </message>
    <message>
        <source>An address looks like name@example.org.</source>
        <translation>Eine Adresse sieht aus wie name@example.org.</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chatten</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::NotificationLevel</name>
    <message>
        <source>&amp;Notify Me About</source>
        <translation>&amp;Benachrichtigen über</translation>
    </message>
    <message>
        <source>&amp;All Messages</source>
        <translation>&amp;Alle Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Mentions Only</source>
        <translation>Nur &amp;Erwähnungen</translation>
    </message>
    <message>
        <source>&amp;Nothing</source>
        <translation>&amp;Nichts</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::OccupantDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::OccupantMenu</name>
    <message>
        <source>Mention</source>
        <translation>Erwähnen</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private Nachricht</translation>
    </message>
    <message>
        <source>Let speak</source>
        <translation>Sprechen lassen</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>Stummschalten…</translation>
    </message>
    <message>
        <source>Why may %1 no longer speak?</source>
        <translation>Warum darf %1 nicht mehr sprechen?</translation>
    </message>
    <message>
        <source>Remove from room…</source>
        <translation>Aus dem Raum entfernen…</translation>
    </message>
    <message>
        <source>Why is %1 removed?</source>
        <translation>Warum wird %1 entfernt?</translation>
    </message>
    <message>
        <source>Make member</source>
        <translation>Zum Mitglied machen</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Mitgliedschaft entziehen</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation>Zur Moderation machen</translation>
    </message>
    <message>
        <source>Remove moderator rights</source>
        <translation>Moderationsrechte entziehen</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Zum Admin machen</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Why is %1 banned?</source>
        <translation>Warum wird %1 gesperrt?</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::OmemoDevicesDialog</name>
    <message>
        <source>Encryption with %1</source>
        <translation>Verschlüsselung mit %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the other side sees for this device, or let them scan the code.</source>
        <translation>Vergleiche diesen Fingerabdruck mit dem, den die andere Seite für dieses Gerät sieht, oder lass sie den Code scannen.</translation>
    </message>
    <message>
        <source>QR code of this device&apos;s fingerprint</source>
        <translation>QR-Code des Fingerabdrucks dieses Geräts</translation>
    </message>
    <message>
        <source>Devices of %1</source>
        <translation>Geräte von %1</translation>
    </message>
    <message>
        <source>Your other devices</source>
        <translation>Deine anderen Geräte</translation>
    </message>
    <message>
        <source>No other device of yours uses encryption.</source>
        <translation>Keines deiner anderen Geräte nutzt Verschlüsselung.</translation>
    </message>
    <message>
        <source>No device of this contact has announced encryption (OMEMO).</source>
        <translation>Kein Gerät dieses Kontakts hat Verschlüsselung (OMEMO) angekündigt.</translation>
    </message>
    <message>
        <source>Key not known yet: it is fetched when a session starts.</source>
        <translation>Schlüssel noch unbekannt: Er wird geholt, wenn eine Sitzung beginnt.</translation>
    </message>
    <message>
        <source>no longer announced</source>
        <translation>nicht mehr angekündigt</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>After comparing this fingerprint with the one the device shows: from then on, new devices must be verified too.</source>
        <translation>Nach dem Vergleich dieses Fingerabdrucks mit dem, den das Gerät zeigt: Danach müssen auch neue Geräte verifiziert werden.</translation>
    </message>
    <message>
        <source>Distrust</source>
        <translation>Misstrauen</translation>
    </message>
    <message>
        <source>Messages are no longer encrypted for this device, and its messages are marked.</source>
        <translation>Nachrichten werden nicht mehr für dieses Gerät verschlüsselt, und seine Nachrichten werden markiert.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forgets this device&apos;s key and your decision; if it is still in use, it comes back as a new device.</source>
        <translation>Vergisst den Schlüssel dieses Geräts und deine Entscheidung; wird es noch benutzt, erscheint es wieder als neues Gerät.</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::OwnProfileDialog</name>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Delete Account…</source>
        <translation>Konto &amp;löschen…</translation>
    </message>
    <message>
        <source>Your Profile: %1</source>
        <translation>Ihr Profil: %1</translation>
    </message>
    <message>
        <source>What your contacts see</source>
        <translation>Was Ihre Kontakte sehen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;ickname:</source>
        <translation>Sp&amp;itzname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Noti&amp;z:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Ne&amp;w password:</source>
        <translation>Neues Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Passwort wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Ihr Profil wird geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Your server did not save the profile: %1</source>
        <translation>Ihr Server hat das Profil nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Your server did not change the password: %1</source>
        <translation>Ihr Server hat das Passwort nicht geändert: %1</translation>
    </message>
    <message>
        <source>Password changed. Your other devices need the new one to sign in.</source>
        <translation>Passwort geändert. Ihre anderen Geräte brauchen zum Anmelden das neue Passwort.</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>This deletes %1 on its server, with its contacts and everything the server keeps for it. It cannot be undone.

Type the address to confirm:</source>
        <translation>Damit wird das Konto %1 auf seinem Server gelöscht, samt seinen Kontakten und allem, was der Server dafür speichert. Das lässt sich nicht rückgängig machen.

Geben Sie zur Bestätigung die Adresse ein:</translation>
    </message>
    <message>
        <source>The account was not deleted.</source>
        <translation>Das Konto wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleting the account…</source>
        <translation>Konto wird gelöscht…</translation>
    </message>
    <message>
        <source>Your server did not delete the account: %1</source>
        <translation>Ihr Server hat das Konto nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from Palaver? Its history stays on this computer, and the account itself stays on its server.</source>
        <translation>%1 aus Palaver entfernen? Der Verlauf bleibt auf diesem Computer, und das Konto selbst bleibt auf seinem Server.</translation>
    </message>
    <message>
        <source>Idle time is read from your desktop.</source>
        <translation>Die Leerlaufzeit kommt von Ihrer Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Your desktop does not tell how long you have been idle, so the time since you last used Palaver counts.</source>
        <translation>Ihre Arbeitsumgebung nennt keine Leerlaufzeit, daher zählt die Zeit seit Ihrer letzten Nutzung von Palaver.</translation>
    </message>
    <message>
        <source>&amp;Choose a picture…</source>
        <translation>Bild &amp;auswählen …</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>&amp;Remove the picture</source>
        <translation>Bild &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::RegistrationDialog</name>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird angelegt …</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Asking %1 for its sign-up form…</source>
        <translation>%1 wird nach dem Anmeldeformular gefragt …</translation>
    </message>
    <message>
        <source>This username is taken. Choose another one.</source>
        <translation>Dieser Benutzername ist vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The server did not accept the form: a field is missing or not valid.</source>
        <translation>Der Server hat das Formular nicht angenommen: Ein Feld fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>The server does not allow creating an account right now. Try again later.</source>
        <translation>Der Server erlaubt gerade nicht, ein Konto anzulegen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>Das Konto konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::RoomBrowserDialog</name>
    <message>
        <source>Browse rooms</source>
        <translation>Räume durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;List rooms</source>
        <translation>Räume &amp;auflisten</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>A chat service like conference.example.org</source>
        <translation>Ein Chat-Dienst wie conference.example.org</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Part of a room&apos;s name or address</source>
        <translation>Teil des Namens oder der Adresse eines Raums</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Betreten…</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Add an account first.</source>
        <translation>Fügen Sie zuerst ein Konto hinzu.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Your server names no chat service. Type the address of one to see its rooms.</source>
        <translation>Ihr Server nennt keinen Chat-Dienst. Geben Sie die Adresse eines Dienstes ein, um seine Räume zu sehen.</translation>
    </message>
    <message>
        <source>This service lists no public rooms.</source>
        <translation>Dieser Dienst führt keine öffentlichen Räume.</translation>
    </message>
    <message>
        <source>One public room.</source>
        <translation>Ein öffentlicher Raum.</translation>
    </message>
    <message>
        <source>%1 public rooms.</source>
        <translation>%1 öffentliche Räume.</translation>
    </message>
    <message>
        <source>The rooms could not be listed. %1</source>
        <translation>Die Räume konnten nicht aufgelistet werden. %1</translation>
    </message>
    <message>
        <source>Looking for your server&apos;s chat service…</source>
        <translation>Der Chat-Dienst Ihres Servers wird gesucht…</translation>
    </message>
    <message>
        <source>A chat service&apos;s address looks like conference.example.org.</source>
        <translation>Die Adresse eines Chat-Dienstes sieht aus wie conference.example.org.</translation>
    </message>
    <message>
        <source>Listing the rooms of %1…</source>
        <translation>Die Räume von %1 werden aufgelistet…</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::RoomListView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::RoomWidget</name>
    <message>
        <source>People in the room</source>
        <translation>Personen im Raum</translation>
    </message>
    <message>
        <source>Nickname or password for joining again</source>
        <translation>Spitzname oder Passwort zum erneuten Betreten</translation>
    </message>
    <message>
        <source>Change nickname…</source>
        <translation>Spitznamen ändern…</translation>
    </message>
    <message>
        <source>Room settings…</source>
        <translation>Raumeinstellungen…</translation>
    </message>
    <message>
        <source>Copy room address</source>
        <translation>Raumadresse kopieren</translation>
    </message>
    <message>
        <source>Leave room</source>
        <translation>Raum verlassen</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ist hinzugekommen</translation>
    </message>
    <message>
        <source>%1 was removed by a moderator</source>
        <translation>%1 wurde von einer Moderation entfernt</translation>
    </message>
    <message>
        <source>%1 was removed by a moderator: %2</source>
        <translation>%1 wurde von einer Moderation entfernt: %2</translation>
    </message>
    <message>
        <source>%1 was banned</source>
        <translation>%1 wurde gesperrt</translation>
    </message>
    <message>
        <source>%1 was banned: %2</source>
        <translation>%1 wurde gesperrt: %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 ist gegangen</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>Write to the room as %1</source>
        <translation>An den Raum schreiben als %1</translation>
    </message>
    <message>
        <source>Write a message; it is sent once you are in the room</source>
        <translation>Nachricht schreiben; sie wird gesendet, sobald Sie im Raum sind</translation>
    </message>
    <message>
        <source>Joining the room…</source>
        <translation>Raum wird betreten…</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>Raumpasswort</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Room subject</source>
        <translation>Thema des Raums</translation>
    </message>
    <message>
        <source>What the room is about now:</source>
        <translation>Worum es im Raum jetzt geht:</translation>
    </message>
    <message>
        <source>Change nickname</source>
        <translation>Spitznamen ändern</translation>
    </message>
    <message>
        <source>Your nickname in %1:</source>
        <translation>Ihr Spitzname in %1:</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>Invite someone…</source>
        <translation>Jemanden einladen…</translation>
    </message>
    <message>
        <source>You made this room. Room → Room settings… gives it a name and decides who may come in.</source>
        <translation>Sie haben diesen Raum angelegt. Raum → Raumeinstellungen… gibt ihm einen Namen und legt fest, wer hinein darf.</translation>
    </message>
    <message>
        <source>%1 removed the subject</source>
        <translation>%1 hat das Thema entfernt</translation>
    </message>
    <message>
        <source>%1 changed the subject</source>
        <translation>%1 hat das Thema geändert</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <source>Address of the person to invite, like name@example.org:</source>
        <translation>Adresse der Person, die Sie einladen möchten, etwa name@example.org:</translation>
    </message>
    <message>
        <source>“%1” is not an address like name@example.org.</source>
        <translation>„%1“ ist keine Adresse wie name@example.org.</translation>
    </message>
    <message>
        <source>Invitation sent to %1</source>
        <translation>Einladung an %1 gesendet</translation>
    </message>
    <message>
        <source>Messages since %1 may be missing here: the room&apos;s archive did not send them all.</source>
        <translation>Nachrichten seit %1 fehlen hier möglicherweise: Das Archiv des Raums hat nicht alle gesendet.</translation>
    </message>
    <message>
        <source>&amp;Notify Me About</source>
        <translation>&amp;Benachrichtigen über</translation>
    </message>
    <message>
        <source>The room did not accept your reaction.</source>
        <translation>Der Raum hat Ihre Reaktion nicht angenommen.</translation>
    </message>
    <message>
        <source>The room did not accept your reaction: %1</source>
        <translation>Der Raum hat Ihre Reaktion nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::RosterDelegate</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contact requests</source>
        <translation>Kontaktanfragen</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Wants to see when you are online</source>
        <translation>Möchte sehen, wann Sie online sind</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Zustimmung</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Not a contact: “%1”</source>
        <translation>Kein Kontakt: „%1“</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::SearchDialog</name>
    <message>
        <source>Search All Messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search every chat and room</source>
        <translation>Alle Chats und Räume durchsuchen</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must appear.</source>
        <translation>Geben Sie ein Wort oder seinen Anfang ein; jedes Wort muss vorkommen.</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <source>No message has these words.</source>
        <translation>Keine Nachricht enthält diese Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages with these words:</source>
        <translation>
            <numerusform>Die %n neueste Nachricht mit diesen Wörtern:</numerusform>
            <numerusform>Die %n neuesten Nachrichten mit diesen Wörtern:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages found: %n</source>
        <translation>
            <numerusform>Gefundene Nachrichten: %n</numerusform>
            <numerusform>Gefundene Nachrichten: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::SearchResultDelegate</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::StatusSelector</name>
    <message>
        <source>Set a status message</source>
        <translation>Statusnachricht festlegen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Ihr Status</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::UploadsPanel</name>
    <message>
        <source>The file cannot be read (moved, deleted or not allowed).</source>
        <translation>Die Datei kann nicht gelesen werden (verschoben, gelöscht oder nicht erlaubt).</translation>
    </message>
    <message>
        <source>Your server offers no file sharing, or you are offline.</source>
        <translation>Ihr Server bietet kein Teilen von Dateien an, oder Sie sind offline.</translation>
    </message>
    <message>
        <source>Too large: your server takes files of up to %1.</source>
        <translation>Zu groß: Ihr Server nimmt Dateien bis %1 an.</translation>
    </message>
    <message>
        <source>Too large for your server.</source>
        <translation>Zu groß für Ihren Server.</translation>
    </message>
    <message>
        <source>Your server refused the file.</source>
        <translation>Ihr Server hat die Datei abgelehnt.</translation>
    </message>
    <message>
        <source>Your server refused the file: %1</source>
        <translation>Ihr Server hat die Datei abgelehnt: %1</translation>
    </message>
    <message>
        <source>The file server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>Dem Zertifikat des Dateiservers wird nicht vertraut, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The upload broke off (%1).</source>
        <translation>Das Hochladen brach ab (%1).</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Hochladens</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Trust the certificate for files?</source>
        <translation>Dem Zertifikat für Dateien vertrauen?</translation>
    </message>
    <message>
        <source>The file server uses the certificate you chose to trust for this account, which no authority vouches for. Trust it for sending files too?</source>
        <translation>Der Dateiserver verwendet das Zertifikat, dem Sie für dieses Konto vertrauen und für das keine Zertifizierungsstelle bürgt. Ihm auch beim Senden von Dateien vertrauen?</translation>
    </message>
    <message>
        <source>Uploaded, but the message could not be sent (are you still in the room?).</source>
        <translation>Hochgeladen, aber die Nachricht konnte nicht gesendet werden (sind Sie noch im Raum?).</translation>
    </message>
    <message>
        <source>Not sent: Palaver was closed while it was on its way.</source>
        <translation>Nicht gesendet: Palaver wurde beendet, während die Datei unterwegs war.</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::XmlConsoleWindow</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>XML console — %1</source>
        <translation>XML-Konsole — %1</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>This is not well-formed XML; nothing was sent.</source>
        <translation>Das ist kein wohlgeformtes XML; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Not connected; nothing was sent.</source>
        <translation>Nicht verbunden; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Not connected; it will be sent when the account reconnects.</source>
        <translation>Nicht verbunden; es wird gesendet, sobald das Konto wieder verbunden ist.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Password and server…</source>
        <translation>&amp;Passwort und Server…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop notification for new messages (not while Do not disturb)</source>
        <translation>Bei neuen Nachrichten eine Desktop-Benachrichtigung zeigen (nicht bei „Bitte nicht stören“)</translation>
    </message>
    <message>
        <source>Auto-away</source>
        <translation>Automatisch abwesend</translation>
    </message>
    <message>
        <source>&amp;Away after:</source>
        <translation>&amp;Abwesend nach:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Extended away after:</source>
        <translation>&amp;Länger abwesend nach:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keep messages for:</source>
        <translation>Nachrichten &amp;aufbewahren:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Let contacts see when I am typing</source>
        <translation>Kontakte sehen lassen, wenn ich schreibe</translation>
    </message>
    <message>
        <source>Let contacts see when I have read their messages</source>
        <translation>Kontakte sehen lassen, wenn ich ihre Nachrichten gelesen habe</translation>
    </message>
    <message>
        <source>Tell contacts who ask which operating system I use</source>
        <translation>Kontakten auf Anfrage mein Betriebssystem nennen</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source>Open each conversation in a window of its own</source>
        <translation>Jede Unterhaltung in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Picture…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>The picture your contacts see for this account</source>
        <translation>Das Bild, das Ihre Kontakte für dieses Konto sehen</translation>
    </message>
    <message>
        <source>Play a sound for messages in chats and for mentions</source>
        <translation>Einen Ton bei Nachrichten in Chats und bei Erwähnungen abspielen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the main window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Hauptfenster geschlossen wird</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Minimiert starten</translation>
    </message>
    <message>
        <source>Start Palaver when I log in</source>
        <translation>Palaver beim Anmelden am Computer starten</translation>
    </message>
    <message>
        <source>Each conversation and room can notify you about all messages, mentions only or nothing: choose in its Notifications menu.</source>
        <translation>Jede Unterhaltung und jeder Raum kann Sie über alle Nachrichten, nur über Erwähnungen oder gar nicht benachrichtigen: Wählen Sie das im jeweiligen Benachrichtigungsmenü.</translation>
    </message>
    <message>
        <source>Pro&amp;file…</source>
        <translation>Pro&amp;fil…</translation>
    </message>
    <message>
        <source>Your name and details as contacts see them, your password, deleting the account</source>
        <translation>Ihr Name und Ihre Angaben, wie Kontakte sie sehen, Ihr Passwort und das Löschen des Kontos</translation>
    </message>
</context>
<context>
    <name>PresenceStyle</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Frei zum Plaudern</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Bitte nicht stören</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Reply to a message that is not loaded</source>
        <translation>Antwort auf eine nicht geladene Nachricht</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Create an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Create a new XMPP account</source>
        <translation>Ein neues XMPP-Konto anlegen</translation>
    </message>
    <message>
        <source>Accounts live on a server, much like e-mail. Enter the server to create your account on, for example example.org; many servers let anyone sign up, some only through their website.</source>
        <translation>Konten liegen auf einem Server, ähnlich wie bei E-Mail. Geben Sie den Server ein, auf dem Ihr Konto entstehen soll, etwa example.org; viele Server lassen jeden sich anmelden, manche nur über ihre Website.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
</context>
<context>
    <name>RoomText</name>
    <message>
        <source>%1 The room says: “%2”</source>
        <translation>%1 Der Raum sagt: „%2“</translation>
    </message>
    <message>
        <source>Someone in the room already uses this nickname. Choose another one.</source>
        <translation>Jemand im Raum verwendet diesen Spitznamen schon. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This room needs a password. Enter it and join again.</source>
        <translation>Dieser Raum braucht ein Passwort. Geben Sie es ein und betreten Sie ihn erneut.</translation>
    </message>
    <message>
        <source>You are banned from this room.</source>
        <translation>Sie sind aus diesem Raum gesperrt.</translation>
    </message>
    <message>
        <source>Only members may enter this room. Ask an admin to add you.</source>
        <translation>Nur Mitglieder dürfen diesen Raum betreten. Bitten Sie einen Admin, Sie aufzunehmen.</translation>
    </message>
    <message>
        <source>The room is full. Try again later.</source>
        <translation>Der Raum ist voll. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>This room does not exist, or is locked while its owner sets it up.</source>
        <translation>Diesen Raum gibt es nicht, oder er ist gesperrt, während sein Besitzer ihn einrichtet.</translation>
    </message>
    <message>
        <source>You may not create rooms on this service.</source>
        <translation>Sie dürfen auf diesem Dienst keine Räume anlegen.</translation>
    </message>
    <message>
        <source>The room does not accept this nickname; it may have to be your registered one.</source>
        <translation>Der Raum nimmt diesen Spitznamen nicht an; vielleicht muss es Ihr registrierter sein.</translation>
    </message>
    <message>
        <source>This nickname cannot be used. Choose another one.</source>
        <translation>Dieser Spitzname kann nicht verwendet werden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The room&apos;s server cannot be reached.</source>
        <translation>Der Server des Raums ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The room refused to let you in.</source>
        <translation>Der Raum hat Sie nicht hineingelassen.</translation>
    </message>
    <message>
        <source>You left the room.</source>
        <translation>Sie haben den Raum verlassen.</translation>
    </message>
    <message>
        <source>You were removed from the room by a moderator.</source>
        <translation>Sie wurden von einer Moderation aus dem Raum entfernt.</translation>
    </message>
    <message>
        <source>You were banned from the room.</source>
        <translation>Sie wurden aus dem Raum gesperrt.</translation>
    </message>
    <message>
        <source>The room is now for members only, and you are not one.</source>
        <translation>Der Raum ist jetzt nur für Mitglieder, und Sie sind keines.</translation>
    </message>
    <message>
        <source>The room&apos;s service is shutting down.</source>
        <translation>Der Dienst des Raums wird heruntergefahren.</translation>
    </message>
    <message>
        <source>You are no longer in the room because of an error.</source>
        <translation>Sie sind wegen eines Fehlers nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>%1 Reason: “%2”</source>
        <translation>%1 Grund: „%2“</translation>
    </message>
    <message>
        <source>You are not allowed to do this in this room.</source>
        <translation>Das dürfen Sie in diesem Raum nicht.</translation>
    </message>
    <message>
        <source>The room did not accept this change.</source>
        <translation>Der Raum hat diese Änderung nicht angenommen.</translation>
    </message>
    <message>
        <source>This is not possible while the room is in its current state.</source>
        <translation>Das ist im jetzigen Zustand des Raums nicht möglich.</translation>
    </message>
    <message>
        <source>The room did not answer. Check the connection and try again.</source>
        <translation>Der Raum hat nicht geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The room refused the request.</source>
        <translation>Der Raum hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Moderators (%1)</source>
        <translation>Moderation (%1)</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Teilnehmende (%1)</translation>
    </message>
    <message>
        <source>Visitors (%1)</source>
        <translation>Gäste ohne Stimme (%1)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmend</translation>
    </message>
    <message>
        <source>Visitor (may not speak)</source>
        <translation>Gast (darf nicht sprechen)</translation>
    </message>
    <message>
        <source>Not in the room</source>
        <translation>Nicht im Raum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>RoomWidget</name>
    <message>
        <source>Subject…</source>
        <translation>Thema…</translation>
    </message>
    <message>
        <source>Change the room&apos;s subject</source>
        <translation>Das Thema des Raums ändern</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Room settings, nickname and leaving</source>
        <translation>Raumeinstellungen, Spitzname und Verlassen</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>Erneut betreten</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Enter). Tab completes a nickname.</source>
        <translation>Senden (Eingabe). Tab ergänzt einen Spitznamen.</translation>
    </message>
    <message>
        <source>Search this room (Ctrl+F)</source>
        <translation>Diesen Raum durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Older match (Enter)</source>
        <translation>Älterer Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Newer match (Shift+Enter)</source>
        <translation>Neuerer Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Sie bearbeiten Ihre letzte Nachricht. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Do not reply to this message</source>
        <translation>Nicht auf diese Nachricht antworten</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Insert an emoji (or type : and its name)</source>
        <translation>Emoji einfügen (oder : und seinen Namen eingeben)</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Your status</source>
        <translation>Ihr Status</translation>
    </message>
    <message>
        <source>Status message: what your contacts see next to your name. Press Enter to set it.</source>
        <translation>Statusnachricht: was Ihre Kontakte neben Ihrem Namen sehen. Mit der Eingabetaste festlegen.</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusnachricht</translation>
    </message>
</context>
<context>
    <name>XmlConsoleWindow</name>
    <message>
        <source>XML console</source>
        <translation>XML-Konsole</translation>
    </message>
    <message>
        <source>Show only stanzas containing…</source>
        <translation>Nur Stanzas zeigen, die enthalten…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Raw XML to send, for example &lt;presence/&gt;</source>
        <translation>Rohes XML zum Senden, zum Beispiel &lt;presence/&gt;</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the XML above (Ctrl+Enter)</source>
        <translation>Das XML oben senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop XMPP messenger</source>
        <translation>Desktop-Messenger für XMPP</translation>
    </message>
    <message>
        <source>Keep settings and history in &lt;dir&gt; (a separate profile).</source>
        <translation>Einstellungen und Verlauf in &lt;dir&gt; ablegen (ein eigenes Profil).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Palaver</source>
        <translation>Palaver</translation>
    </message>
    <message>
        <source>The profile in %1 cannot be opened: %2</source>
        <translation>Das Profil in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Set the status: online, chat, away, xa, dnd or offline; the remaining arguments are the status message.</source>
        <translation>Setzt den Status: online, chat, away, xa, dnd oder offline; die übrigen Argumente sind die Statusnachricht.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>An xmpp: address to open, such as xmpp:someone@example.org?message.</source>
        <translation>Eine xmpp:-Adresse zum Öffnen, etwa xmpp:jemand@example.org?message.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use online, chat, away, xa, dnd or offline.</source>
        <translation>„%1“ ist kein Status; möglich sind online, chat, away, xa, dnd und offline.</translation>
    </message>
    <message>
        <source>Only one xmpp: address can be opened at once.</source>
        <translation>Es kann nur eine xmpp:-Adresse auf einmal geöffnet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an xmpp: address.</source>
        <translation>„%1“ ist keine xmpp:-Adresse.</translation>
    </message>
    <message>
        <source>Palaver is already running with this profile but does not answer.</source>
        <translation>Palaver läuft bereits mit diesem Profil, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Palaver is not running with this profile, so there is no status to set.</source>
        <translation>Palaver läuft nicht mit diesem Profil; es gibt keinen Status zu setzen.</translation>
    </message>
    <message>
        <source>Other starts of Palaver cannot reach this one: %1</source>
        <translation>Weitere Starts von Palaver können diese Instanz nicht erreichen: %1</translation>
    </message>
    <message>
        <source>Once signed in, save a picture of the windows as &lt;file&gt; and quit (also without a display, with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Nach der Anmeldung ein Bild der Fenster als &lt;Datei&gt; speichern und beenden (auch ohne Bildschirm, mit QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
</TS>
