<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountAssistant</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your XMPP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address looks like an e-mail address, for example alice@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use direct TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt from the first byte (XEP-0368) instead of upgrading with STARTTLS. Only for servers that offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings (or socks5://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi, this is me. Please add me.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only trust it if you know this server uses this certificate, for example because its administrator told you the fingerprint. Palaver will then accept this certificate, and no other, for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionErrorText</name>
    <message>
        <source>Wrong address or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or password cannot be used. Check the address has the form name@server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be found. Check the part of the address after the @, and that you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down, or the server settings (host and port) may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost. Palaver reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering. Palaver reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped the connection. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection, so Palaver will not send your password to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted connection to the server could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so Palaver cannot be sure it is talking to the right server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something Palaver does not understand, and the connection was closed to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted your password but could not start a session. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this address and password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled by the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has expired. Change it with your server&apos;s provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not check your password just now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no sign-in method Palaver considers safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not prove it knows your password: it may be an impostor. Palaver stopped signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or password contains characters that cannot be used to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to sign you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signed in from another place with the same device name, so this session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not host this address. Check the part after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is shutting down. Palaver reconnects when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection because of its usage rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is too busy just now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection because of an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationWidget</name>
    <message>
        <source>Search this conversation (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Palaver. Sign in with your XMPP address, or create a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XML console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::App::Application</name>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Palaver cannot keep your password safely.

Keep it in Palaver&apos;s settings file instead? Anyone who can read your files could read it. If you choose No, Palaver asks for the password each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palaver (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::App::TrayIcon</name>
    <message>
        <source>Show or hide Palaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Palaver: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::AccountAssistant</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address. It looks like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy is not understood. Write it as socks5://host:port or http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::AddContactDialog</name>
    <message>
        <source>An address looks like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::CertificateDialog</name>
    <message>
        <source>Palaver cannot be sure that the server it reached is really %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not signed by an authority this computer trusts (it may be self-signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was issued for a different server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid yet. Check your computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its issuer has revoked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is damaged or not meant for this use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not the certificate you chose to trust for this account: the server&apos;s certificate has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ChatWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;again to see their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to see their &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop seeing their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;sharing my status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share &amp;my status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share my status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server cannot share your status before %1 asks for it. It is shared as soon as you approve their request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from your contacts? You will no longer see each other&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups for %1, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ConversationView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::ConversationWidget</name>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::MessageDelegate</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::MessageInput</name>
    <message>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Palaver? Its history stays on this computer, and the account itself stays on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time is read from your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop does not tell how long you have been idle, so the time since you last used Palaver counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::RosterDelegate</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to see when you are online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::StatusSelector</name>
    <message>
        <source>Set a status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::XmlConsoleWindow</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not well-formed XML; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected; it will be sent when the account reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password and server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification for new messages (not while Do not disturb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Away after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extended away after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep messages for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let contacts see when I am typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let contacts see when I have read their messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell contacts who ask which operating system I use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceStyle</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Offline</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message: what your contacts see next to your name. Press Enter to set it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlConsoleWindow</name>
    <message>
        <source>XML console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only stanzas containing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw XML to send, for example &lt;presence/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the XML above (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
