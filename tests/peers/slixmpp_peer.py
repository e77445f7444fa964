#!/usr/bin/env python3
"""A test peer built on slixmpp: another implementation of XMPP to check Palaver against.

Started by a test with the account, password and the server's loopback port. Commands come
as JSON lines on stdin; every message it receives is printed as a JSON line on stdout, with
what slixmpp understood of it (reactions, reply, retraction, correction, body without the
reply's fallback). Subscription requests are approved and returned. Commands may name a room
("type": "groupchat") after a "join"; what comes from a room carries the room's stanza id.
Files go both ways by Jingle file transfer too (slixmpp_jingle.py), and after "omemo_start"
messages are encrypted with OMEMO through python3-omemo (slixmpp_omemo.py).
"""
import asyncio
import json
import os
import ssl
import sys
from pathlib import Path

# aiohttp (the HTTP upload) trusts what OpenSSL's default paths hold: the fixture's authority.
os.environ['SSL_CERT_FILE'] = sys.argv[4]

import slixmpp  # noqa: E402
from slixmpp_jingle import JingleFiles  # noqa: E402


class Peer(slixmpp.ClientXMPP):
    def __init__(self, jid, password):
        super().__init__(jid, password)
        for plugin in ('xep_0030', 'xep_0045', 'xep_0199', 'xep_0334', 'xep_0359', 'xep_0308',
                       'xep_0428', 'xep_0444', 'xep_0461', 'xep_0424', 'xep_0066', 'xep_0363',
                       'xep_0047', 'xep_0115', 'xep_0004', 'xep_0060'):
            self.register_plugin(plugin)
        self.jingle = JingleFiles(self, emit)
        self.omemo = None  # started on request: python3-omemo is needed only then
        self.auto_authorize = True
        self.auto_subscribe = True
        # The fixture's own certificate authority signs the server's certificate; the
        # connection is to 127.0.0.1 only.
        self.ssl_context = ssl.create_default_context(cafile=sys.argv[4])
        self.add_event_handler('session_start', self.on_start)
        # 'message' comes only for stanzas with a body; reactions have none.
        self.add_event_handler('message', self.on_message)
        self.add_event_handler('reactions', self.on_message)

    async def on_start(self, _event):
        await self.jingle.announce()
        self.send_presence()
        await self.get_roster()
        emit({'event': 'ready', 'jid': str(self.boundjid)})
        asyncio.ensure_future(self.read_commands())

    async def read_commands(self):
        loop = asyncio.get_event_loop()
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                self.disconnect()
                return
            await self.run(json.loads(line))

    async def run(self, command):
        kind = command['do']
        to = command['to']
        mtype = command.get('type', 'chat')
        if kind == 'message':
            message = self.make_message(mto=to, mbody=command['body'], mtype=mtype)
            message['id'] = command['id']
            message['origin_id']['id'] = command['id']
            message.send()
        elif kind == 'correct':
            message = self.make_message(mto=to, mbody=command['body'], mtype=mtype)
            message['replace']['id'] = command['id']
            message.send()
        elif kind == 'react':
            message = self.make_message(mto=to, mtype=mtype)
            self.plugin['xep_0444'].set_reactions(message, command['id'], command['emojis'])
            message.enable('store')
            message.send()
        elif kind == 'reply':
            self.plugin['xep_0461'].send_reply(to, command['id'], mto=to, mbody=command['body'],
                                               mtype=mtype)
        elif kind == 'retract':
            self.plugin['xep_0424'].send_retraction(to, command['id'], mtype=mtype)
        elif kind == 'join':
            await self.plugin['xep_0045'].join_muc_wait(to, command['nick'], maxstanzas=0)
        elif kind == 'jingle_send':
            asyncio.ensure_future(self.jingle.send_file(slixmpp.JID(to), command['path'],
                                                        command['transport']))
        elif kind == 'omemo_start':
            from slixmpp_omemo import OmemoPeer
            self.omemo = OmemoPeer(self, emit)
            await self.omemo.start()
        elif kind == 'omemo_send':
            errors = await self.omemo.send(to, command['body'])
            emit({'event': 'done', 'do': kind, 'errors': errors})
            return
        elif kind == 'omemo_devices':
            emit({'event': 'omemo_devices', 'jid': to, 'devices': await self.omemo.devices(to)})
        elif kind == 'jingle_receive_mode':
            self.jingle.receive_mode = command['mode']
        elif kind == 'subscribe':
            self.send_presence(pto=to, ptype='subscribe')
        elif kind == 'upload':
            # XEP-0363 with slixmpp's own plugin, then the address as body and out-of-band data.
            # Its service discovery fails on Python 3.11 (asyncio.wait given coroutines), so
            # the service is named here; the slot request and the PUT are still its own.
            upload = self.plugin['xep_0363']
            upload.upload_service = slixmpp.JID(command['service'])
            upload.max_file_size = float('+inf')
            url = await upload.upload_file(Path(command['path']))
            message = self.make_message(mto=to, mbody=url, mtype=mtype)
            message['oob']['url'] = url
            message.send()
            emit({'event': 'done', 'do': kind, 'url': url})
            return
        emit({'event': 'done', 'do': kind})

    def on_message(self, message):
        if message['type'] not in ('chat', 'normal', 'groupchat'):
            return
        if self.omemo is not None:
            asyncio.ensure_future(self.omemo.on_message(message))
        room = message['type'] == 'groupchat'
        sender = message['from'] if room else message['from'].bare
        event = {'event': 'message', 'from': str(sender), 'id': message['id'],
                 'body': message['body'], 'type': message['type']}
        if room and message['stanza_id']['by'] == message['from'].bare:
            event['stanza_id'] = message['stanza_id']['id']
        if message['replace']['id']:
            event['replace'] = message['replace']['id']
        if message['oob']['url']:
            event['oob'] = message['oob']['url']
        reactions = message['reactions']
        if reactions['id']:
            event['reactions'] = {'id': reactions['id'],
                                  'emojis': sorted(reactions.get_values(all_chars=True))}
        if message['reply']['id']:
            event['reply'] = message['reply']['id']
            body = message['body']
            for fallback in message.xml.findall('{urn:xmpp:fallback:0}fallback'):
                if fallback.get('for') == 'urn:xmpp:reply:0':
                    part = fallback.find('{urn:xmpp:fallback:0}body')
                    start, end = int(part.get('start')), int(part.get('end'))
                    body = body[:start] + body[end:]
            event['reply_body'] = body
        if message['apply_to']['id'] and message['apply_to'].xml.find(
                '{urn:xmpp:message-retract:0}retract') is not None:
            event['retract'] = message['apply_to']['id']
        retract = message.xml.find('{urn:xmpp:message-retract:1}retract')
        if retract is not None:
            event['retract_v1'] = retract.get('id')
        emit(event)


def emit(event):
    print(json.dumps(event), flush=True)


def main():
    jid, password, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    peer = Peer(jid, password)
    peer.connect(address=('127.0.0.1', port), force_starttls=True)
    peer.loop.run_until_complete(peer.disconnected)


if __name__ == '__main__':
    main()
