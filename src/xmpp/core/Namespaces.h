// Namespaces: the XML namespace names used by the protocol core (RFC 6120 and XEPs).
#pragma once

#include <QString>

namespace Palaver::Xmpp::Ns {

inline const QString Xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");
inline const QString Stream = QStringLiteral("http://etherx.jabber.org/streams");
inline const QString Client = QStringLiteral("jabber:client");
inline const QString StreamErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
inline const QString StanzaErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
inline const QString Tls = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
inline const QString Sasl = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
inline const QString Bind = QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind");
inline const QString Session = QStringLiteral("urn:ietf:params:xml:ns:xmpp-session");
inline const QString SaslChannelBinding = QStringLiteral("urn:xmpp:sasl-cb:0"); // XEP-0440
inline const QString StreamManagement = QStringLiteral("urn:xmpp:sm:3"); // XEP-0198
inline const QString Ping = QStringLiteral("urn:xmpp:ping"); // XEP-0199
inline const QString DiscoInfo
    = QStringLiteral("http://jabber.org/protocol/disco#info"); // XEP-0030
inline const QString DiscoItems = QStringLiteral("http://jabber.org/protocol/disco#items");
inline const QString Delay = QStringLiteral("urn:xmpp:delay"); // XEP-0203
inline const QString Roster = QStringLiteral("jabber:iq:roster"); // RFC 6121
inline const QString RosterVersioning = QStringLiteral("urn:xmpp:features:rosterver");
inline const QString PreApproval = QStringLiteral("urn:xmpp:features:pre-approval");
inline const QString Caps = QStringLiteral("http://jabber.org/protocol/caps"); // XEP-0115
inline const QString DataForms = QStringLiteral("jabber:x:data"); // XEP-0004
inline const QString Forward = QStringLiteral("urn:xmpp:forward:0"); // XEP-0297
inline const QString Carbons = QStringLiteral("urn:xmpp:carbons:2"); // XEP-0280
inline const QString Hints = QStringLiteral("urn:xmpp:hints"); // XEP-0334
inline const QString Mam = QStringLiteral("urn:xmpp:mam:2"); // XEP-0313
inline const QString Rsm = QStringLiteral("http://jabber.org/protocol/rsm"); // XEP-0059
inline const QString StanzaIds = QStringLiteral("urn:xmpp:sid:0"); // XEP-0359
inline const QString StreamLimits = QStringLiteral("urn:xmpp:stream-limits:0"); // XEP-0478
inline const QString ChatStates = QStringLiteral("http://jabber.org/protocol/chatstates");
inline const QString Receipts = QStringLiteral("urn:xmpp:receipts"); // XEP-0184
inline const QString ChatMarkers = QStringLiteral("urn:xmpp:chat-markers:0"); // XEP-0333
inline const QString Correction = QStringLiteral("urn:xmpp:message-correct:0"); // XEP-0308
inline const QString Reactions = QStringLiteral("urn:xmpp:reactions:0"); // XEP-0444
inline const QString Reply = QStringLiteral("urn:xmpp:reply:0"); // XEP-0461
inline const QString Fallback = QStringLiteral("urn:xmpp:fallback:0"); // XEP-0428
// XEP-0461 before version 0.2 marked its fallback with this namespace.
inline const QString FeatureFallback = QStringLiteral("urn:xmpp:feature-fallback:0");
inline const QString Retract = QStringLiteral("urn:xmpp:message-retract:1"); // XEP-0424
// XEP-0424 before version 0.4: <apply-to xmlns='urn:xmpp:fasten:0'><retract …:0/></apply-to>.
inline const QString RetractLegacy = QStringLiteral("urn:xmpp:message-retract:0");
inline const QString Fasten = QStringLiteral("urn:xmpp:fasten:0"); // XEP-0422
inline const QString Moderate = QStringLiteral("urn:xmpp:message-moderate:1"); // XEP-0425
inline const QString ModerateLegacy = QStringLiteral("urn:xmpp:message-moderate:0");
inline const QString Blocking = QStringLiteral("urn:xmpp:blocking"); // XEP-0191
inline const QString ClientStateIndication = QStringLiteral("urn:xmpp:csi:0"); // XEP-0352
inline const QString SoftwareVersion = QStringLiteral("jabber:iq:version"); // XEP-0092
inline const QString VCard = QStringLiteral("vcard-temp"); // XEP-0054
inline const QString VCardUpdate = QStringLiteral("vcard-temp:x:update"); // XEP-0153
inline const QString AvatarData = QStringLiteral("urn:xmpp:avatar:data"); // XEP-0084
inline const QString AvatarMetadata = QStringLiteral("urn:xmpp:avatar:metadata");
inline const QString PubSub = QStringLiteral("http://jabber.org/protocol/pubsub"); // XEP-0060
inline const QString PubSubOwner = QStringLiteral("http://jabber.org/protocol/pubsub#owner");
inline const QString PubSubPublishOptions
    = QStringLiteral("http://jabber.org/protocol/pubsub#publish-options");
inline const QString Bookmarks2 = QStringLiteral("urn:xmpp:bookmarks:1"); // XEP-0402
inline const QString BookmarksLegacy = QStringLiteral("storage:bookmarks"); // XEP-0048
inline const QString PrivateStorage = QStringLiteral("jabber:iq:private"); // XEP-0049
inline const QString PubSubEvent = QStringLiteral("http://jabber.org/protocol/pubsub#event");
inline const QString Register = QStringLiteral("jabber:iq:register"); // XEP-0077
inline const QString Muc = QStringLiteral("http://jabber.org/protocol/muc"); // XEP-0045
inline const QString MucUser = QStringLiteral("http://jabber.org/protocol/muc#user");
inline const QString Conference = QStringLiteral("jabber:x:conference"); // XEP-0249
inline const QString MucAdmin = QStringLiteral("http://jabber.org/protocol/muc#admin");
inline const QString MucOwner = QStringLiteral("http://jabber.org/protocol/muc#owner");
inline const QString RegisterFeature = QStringLiteral("http://jabber.org/features/iq-register");
inline const QString LegacyAuth = QStringLiteral("jabber:iq:auth"); // XEP-0078, masked only
inline const QString HttpUpload = QStringLiteral("urn:xmpp:http:upload:0"); // XEP-0363
inline const QString OutOfBand = QStringLiteral("jabber:x:oob"); // XEP-0066
inline const QString FileSharing = QStringLiteral("urn:xmpp:sfs:0"); // XEP-0447
inline const QString FileMetadata = QStringLiteral("urn:xmpp:file:metadata:0"); // XEP-0446
inline const QString UrlData = QStringLiteral("http://jabber.org/protocol/url-data"); // XEP-0103
inline const QString Hashes = QStringLiteral("urn:xmpp:hashes:2"); // XEP-0300
inline const QString HashSha256 = QStringLiteral("urn:xmpp:hash-function-text-names:sha-256");
inline const QString Jingle = QStringLiteral("urn:xmpp:jingle:1"); // XEP-0166
inline const QString JingleErrors = QStringLiteral("urn:xmpp:jingle:errors:1");
inline const QString JingleFileTransfer
    = QStringLiteral("urn:xmpp:jingle:apps:file-transfer:5"); // XEP-0234
inline const QString JingleS5b = QStringLiteral("urn:xmpp:jingle:transports:s5b:1"); // XEP-0260
inline const QString JingleIbb = QStringLiteral("urn:xmpp:jingle:transports:ibb:1"); // XEP-0261
inline const QString Bytestreams
    = QStringLiteral("http://jabber.org/protocol/bytestreams"); // XEP-0065
inline const QString Ibb = QStringLiteral("http://jabber.org/protocol/ibb"); // XEP-0047

} // namespace Palaver::Xmpp::Ns
