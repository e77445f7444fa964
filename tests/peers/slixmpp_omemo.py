"""OMEMO for the slixmpp test peer, on python3-omemo with its python3-oldmemo backend.

That library generation is Gajim's: its sessions, key handling and XML (oldmemo.etree) are
all theirs, so what Palaver encrypts is read by an implementation Palaver did not write, and
the other way round. The glue here only moves its bundles and device lists through slixmpp's
PEP (XEP-0060) and its messages through the stream. Trust is blind, as Palaver's default is.
"""
import omemo
import oldmemo
import oldmemo.etree
from oldmemo.oldmemo import NAMESPACE as NS
from slixmpp import JID
from slixmpp.xmlstream import ET

DEVICE_LIST = NS + '.devicelist'


def bundle_node(device_id):
    return '%s.bundles:%d' % (NS, device_id)


class MemoryStorage(omemo.Storage):
    def __init__(self):
        super().__init__()
        self.data = {}

    async def _load(self, key):
        return omemo.Just(self.data[key]) if key in self.data else omemo.Nothing()

    async def _store(self, key, value):
        self.data[key] = value

    async def _delete(self, key):
        self.data.pop(key, None)


class PeerSessionManager(omemo.SessionManager):
    xmpp = None  # set before create()

    @classmethod
    async def open_options(cls):
        form = cls.xmpp['xep_0004'].make_form(ftype='submit')
        form.add_field(var='FORM_TYPE', ftype='hidden',
                       value='http://jabber.org/protocol/pubsub#publish-options')
        form.add_field(var='pubsub#access_model', value='open')
        form.add_field(var='pubsub#persist_items', value='true')
        return form

    @classmethod
    async def fetch(cls, bare_jid, node):
        iq = await cls.xmpp['xep_0060'].get_items(JID(bare_jid), node, max_items=1)
        for item in iq['pubsub']['items']['substanzas']:
            payload = item.xml.find('*')
            if payload is not None:
                return payload
        return None

    @staticmethod
    async def _upload_bundle(bundle):
        await PeerSessionManager.xmpp['xep_0060'].publish(
            PeerSessionManager.xmpp.boundjid.bare, bundle_node(bundle.device_id), id='current',
            payload=oldmemo.etree.serialize_bundle(bundle),
            options=await PeerSessionManager.open_options())

    @staticmethod
    async def _download_bundle(namespace, bare_jid, device_id):
        element = await PeerSessionManager.fetch(bare_jid, bundle_node(device_id))
        if element is None:
            raise omemo.BundleDownloadFailed('no bundle for %s/%d' % (bare_jid, device_id))
        return oldmemo.etree.parse_bundle(element, bare_jid, device_id)

    @staticmethod
    async def _delete_bundle(namespace, device_id):
        pass  # left in place: nothing in the test depends on it going

    @staticmethod
    async def _upload_device_list(namespace, device_list):
        await PeerSessionManager.xmpp['xep_0060'].publish(
            PeerSessionManager.xmpp.boundjid.bare, DEVICE_LIST, id='current',
            payload=oldmemo.etree.serialize_device_list(device_list),
            options=await PeerSessionManager.open_options())

    @staticmethod
    async def _download_device_list(namespace, bare_jid):
        try:
            element = await PeerSessionManager.fetch(bare_jid, DEVICE_LIST)
        except Exception:  # no node yet: no devices
            return {}
        return {} if element is None else oldmemo.etree.parse_device_list(element)

    async def _evaluate_custom_trust_level(self, device):
        if device.trust_level_name == 'BLIND':
            return omemo.TrustLevel.TRUSTED
        raise omemo.UnknownTrustLevel(device.trust_level_name)

    async def _make_trust_decision(self, undecided, identifier):
        for device in undecided:
            await self.set_trust(device.bare_jid, device.identity_key, 'BLIND')

    @staticmethod
    async def _send_message(message, bare_jid):
        PeerSessionManager.xmpp.send_omemo(message, bare_jid)


class OmemoPeer:
    def __init__(self, xmpp, emit):
        self.xmpp = xmpp
        self.emit = emit
        self.manager = None
        xmpp.send_omemo = self.send_element

    async def start(self):
        PeerSessionManager.xmpp = self.xmpp
        self.manager = await PeerSessionManager.create(
            [oldmemo.Oldmemo(MemoryStorage())], MemoryStorage(), self.xmpp.boundjid.bare,
            'slixmpp peer', 'BLIND')
        own, _ = await self.manager.get_own_device_information()
        self.emit({'event': 'omemo_ready', 'device': own.device_id,
                   'fingerprint': own.identity_key.hex()})

    def send_element(self, message, bare_jid):
        stanza = self.xmpp.make_message(mto=bare_jid, mtype='chat',
                                        mbody='This message is encrypted with OMEMO.')
        stanza.append(oldmemo.etree.serialize_message(message))
        stanza.append(ET.Element('{urn:xmpp:hints}store'))
        stanza.send()

    async def send(self, to, body):
        await self.manager.refresh_device_list(NS, to)
        messages, errors = await self.manager.encrypt(frozenset([to]), {NS: body.encode()})
        for message in messages:
            self.send_element(message, to)
        return [str(error) for error in errors]

    async def devices(self, bare_jid):
        await self.manager.refresh_device_list(NS, bare_jid)
        return sorted(device.device_id
                      for device in await self.manager.get_device_information(bare_jid))

    async def on_message(self, message):
        element = message.xml.find('{%s}encrypted' % NS)
        if element is None or self.manager is None:
            return False
        sender = message['from'].bare
        try:
            parsed = await oldmemo.etree.parse_message(
                element, sender, self.xmpp.boundjid.bare, self.manager)
            plaintext, device, _ = await self.manager.decrypt(parsed)
        except Exception as error:  # reported, so the test sees what went wrong
            self.emit({'event': 'omemo_error', 'from': sender, 'error': repr(error)})
            return True
        self.emit({'event': 'omemo_message', 'from': sender, 'device': device.device_id,
                   'body': plaintext.decode() if plaintext is not None else None})
        return True
