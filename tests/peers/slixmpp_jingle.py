"""Jingle file transfer (XEP-0234) for the slixmpp test peer.

Written from the XEPs, apart from Palaver: the signalling (XEP-0166, XEP-0260, XEP-0261) is
built here by hand, and the bytes go through slixmpp's own code: its SOCKS5 client (from its
XEP-0065 plugin) to a candidate Palaver offers, or its in-band bytestreams (XEP-0047). The
peer offers no SOCKS5 candidates of its own, so Palaver's listener or in-band is used.
"""
import asyncio
import base64
import hashlib
import uuid
from pathlib import Path

from slixmpp.exceptions import XMPPError
from slixmpp.plugins.xep_0065.socks5 import Socks5Protocol
from slixmpp.xmlstream import ET
from slixmpp.xmlstream.handler import CoroutineCallback
from slixmpp.xmlstream.matcher import MatchXPath

JINGLE = 'urn:xmpp:jingle:1'
FT = 'urn:xmpp:jingle:apps:file-transfer:5'
S5B = 'urn:xmpp:jingle:transports:s5b:1'
IBB = 'urn:xmpp:jingle:transports:ibb:1'
HASHES = 'urn:xmpp:hashes:2'
BLOCK_SIZE = 4096


class JingleFiles:
    def __init__(self, xmpp, emit):
        self.xmpp = xmpp
        self.emit = emit
        self.sessions = {}
        self.receive_mode = 's5b'
        self.socks5_data = None  # where slixmpp's SOCKS5 client delivers bytes
        xmpp.register_handler(CoroutineCallback(
            'Jingle', MatchXPath('{jabber:client}iq/{%s}jingle' % JINGLE), self.on_jingle))
        xmpp.add_event_handler('socks5_data', self.on_socks5_data)
        xmpp.add_event_handler('ibb_stream_start', self.on_ibb_stream)

    async def announce(self):
        """Adds the features to the bound address and to the capabilities (XEP-0115) that
        the next presence carries."""
        for feature in (JINGLE, FT, S5B, IBB, HASHES,
                        'urn:xmpp:hash-function-text-names:sha-256'):
            self.xmpp['xep_0030'].add_feature(feature)
        await self.xmpp['xep_0115'].update_caps(self.xmpp.boundjid, broadcast=False)

    # ---- signalling ----

    def jingle(self, session, action):
        element = ET.Element('{%s}jingle' % JINGLE, action=action, sid=session['sid'],
                             initiator=session['initiator'])
        content = ET.SubElement(element, '{%s}content' % JINGLE, creator='initiator',
                                name=session['content'], senders='initiator')
        return element, content

    def description(self, session):
        description = ET.Element('{%s}description' % FT)
        file = ET.SubElement(description, '{%s}file' % FT)
        ET.SubElement(file, '{%s}name' % FT).text = session['name']
        ET.SubElement(file, '{%s}size' % FT).text = str(session['size'])
        ET.SubElement(file, '{%s}hash' % HASHES, algo='sha-256').text = \
            base64.b64encode(session['sha256']).decode()
        return description

    async def send_jingle(self, session, element):
        iq = self.xmpp.make_iq_set(ito=session['peer'])
        iq.append(element)
        await iq.send()

    async def on_jingle(self, iq):
        element = iq.xml.find('{%s}jingle' % JINGLE)
        action = element.get('action')
        session = self.sessions.get(element.get('sid'))
        if session is None and action != 'session-initiate':
            raise XMPPError('item-not-found')
        iq.reply().send()
        if action == 'session-initiate':
            await self.on_offer(iq['from'], element)
        elif action in ('session-accept', 'transport-accept'):
            session['answers'].put_nowait((action, element))
        elif action == 'transport-info':
            session['answers'].put_nowait((action, element))
        elif action == 'transport-replace':
            await self.on_replace(session, element)
        elif action == 'session-terminate':
            reason = element.find('{%s}reason' % JINGLE)
            condition = reason[0].tag.split('}')[1] if reason is not None and len(reason) else ''
            session['answers'].put_nowait(('session-terminate', condition))

    async def answer(self, session, *actions):
        while True:
            action, element = await asyncio.wait_for(session['answers'].get(), 30)
            if action in actions or action == 'session-terminate':
                return action, element

    # ---- sending ----

    async def send_file(self, to, path, transport):
        data = Path(path).read_bytes()
        session = {'sid': str(uuid.uuid4()), 'tsid': str(uuid.uuid4()), 'content': 'a-file',
                   'initiator': str(self.xmpp.boundjid), 'peer': to, 'name': Path(path).name,
                   'size': len(data), 'sha256': hashlib.sha256(data).digest(),
                   'answers': asyncio.Queue()}
        self.sessions[session['sid']] = session
        initiate, content = self.jingle(session, 'session-initiate')
        content.append(self.description(session))
        if transport == 'ibb':
            ET.SubElement(content, '{%s}transport' % IBB, sid=session['tsid'],
                          **{'block-size': str(BLOCK_SIZE)})
        else:
            ET.SubElement(content, '{%s}transport' % S5B, sid=session['tsid'], mode='tcp')
        await self.send_jingle(session, initiate)
        action, accept = await self.answer(session, 'session-accept')
        if action == 'session-terminate':
            return self.emit({'event': 'jingle_sent', 'reason': accept})
        method = transport
        if transport == 'ibb':
            stream = await self.xmpp['xep_0047'].open_stream(
                to, sid=session['tsid'], block_size=BLOCK_SIZE)
            await stream.sendall(data)
            await stream.close()
        else:
            # Palaver's candidates, offered by the responder: SHA-1(sid, responder, initiator).
            candidates = accept.findall('.//{%s}candidate' % S5B)
            dstaddr = hashlib.sha1((session['tsid'] + str(to) + session['initiator'])
                                   .encode()).hexdigest()
            protocol, cid = await self.connect(candidates, dstaddr)
            await self.report(session, cid)
            await self.answer(session, 'transport-info')  # Palaver's own report
            if protocol is None:
                return self.emit({'event': 'jingle_sent', 'reason': 'no candidate'})
            for start in range(0, len(data), 65536):
                await protocol.write(data[start:start + 65536])
            protocol.transport.close()  # XEP-0065: the stream ends when the sender closes it
        _, reason = await self.answer(session)
        self.emit({'event': 'jingle_sent', 'reason': reason, 'method': method})

    async def connect(self, candidates, dstaddr):
        for candidate in sorted(candidates, key=lambda c: -int(c.get('priority', '0'))):
            try:
                _, protocol = await asyncio.wait_for(self.xmpp.loop.create_connection(
                    lambda: Socks5Protocol(dstaddr, 0, self.xmpp.event),
                    candidate.get('host'), int(candidate.get('port'))), 5)
                await asyncio.wait_for(protocol.connected, 5)
                return protocol, candidate.get('cid')
            except (OSError, asyncio.TimeoutError):
                continue
        return None, None

    async def report(self, session, cid):
        info, content = self.jingle(session, 'transport-info')
        transport = ET.SubElement(content, '{%s}transport' % S5B, sid=session['tsid'])
        if cid:
            ET.SubElement(transport, '{%s}candidate-used' % S5B, cid=cid)
        else:
            ET.SubElement(transport, '{%s}candidate-error' % S5B)
        await self.send_jingle(session, info)

    # ---- receiving ----

    async def on_offer(self, sender, element):
        content = element.find('{%s}content' % JINGLE)
        file = content.find('{%s}description/{%s}file' % (FT, FT))
        digest = file.find('{%s}hash' % HASHES)
        session = {'sid': element.get('sid'), 'content': content.get('name'),
                   'initiator': element.get('initiator') or str(sender), 'peer': sender,
                   'name': file.findtext('{%s}name' % FT),
                   'size': int(file.findtext('{%s}size' % FT)),
                   'sha256': base64.b64decode(digest.text) if digest is not None else b'',
                   'answers': asyncio.Queue(), 'received': bytearray(), 'done': False}
        self.sessions[session['sid']] = session
        s5b = content.find('{%s}transport' % S5B)
        session['tsid'] = s5b.get('sid')
        accept, accepted = self.jingle(session, 'session-accept')
        accept.set('responder', str(self.xmpp.boundjid))
        accepted.append(self.description(session))
        ET.SubElement(accepted, '{%s}transport' % S5B, sid=session['tsid'], mode='tcp')
        await self.send_jingle(session, accept)
        self.emit({'event': 'jingle_offer', 'name': session['name'], 'size': session['size']})
        if self.receive_mode == 'ibb':
            await self.report(session, None)  # reaches nothing: Palaver falls back in-band
            return
        dstaddr = hashlib.sha1((session['tsid'] + session['initiator'] +
                                str(self.xmpp.boundjid)).encode()).hexdigest()
        self.socks5_data = session
        protocol, cid = await self.connect(s5b.findall('{%s}candidate' % S5B), dstaddr)
        session['method'] = 's5b'
        await self.report(session, cid)

    def on_socks5_data(self, data):
        session = self.socks5_data
        if session is not None and not session['done']:
            session['received'] += data
            if len(session['received']) >= session['size']:
                asyncio.ensure_future(self.finish(session))

    async def on_replace(self, session, element):
        ibb = element.find('{%s}content/{%s}transport' % (JINGLE, IBB))
        session['tsid'] = ibb.get('sid')
        session['method'] = 'ibb'
        await self.xmpp['xep_0047'].api['preauthorize_sid'](
            self.xmpp.boundjid, session['tsid'], session['peer'], None)
        accept, content = self.jingle(session, 'transport-accept')
        content.append(ibb)
        await self.send_jingle(session, accept)

    async def on_ibb_stream(self, stream):
        for session in list(self.sessions.values()):
            # Our own streams start this event too: only those we receive on count.
            if session.get('tsid') == stream.sid and session.get('done') is False:
                session['received'] = bytearray(await stream.gather(max_data=session['size']))
                await self.finish(session)

    async def finish(self, session):
        if session['done']:
            return
        session['done'] = True
        data = bytes(session['received'])
        whole = hashlib.sha256(data).digest() == session['sha256']
        end, _ = self.jingle(session, 'session-terminate')
        end.remove(end[0])
        reason = ET.SubElement(end, '{%s}reason' % JINGLE)
        ET.SubElement(reason, '{%s}%s' % (JINGLE, 'success' if whole else 'media-error'))
        await self.send_jingle(session, end)
        self.emit({'event': 'jingle_received', 'name': session['name'], 'size': len(data),
                   'sha256': hashlib.sha256(data).hexdigest(), 'whole': whole,
                   'method': session.get('method', '')})
