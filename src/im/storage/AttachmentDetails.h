// AttachmentDetails: how a shared file's details are kept beside its address in history
// (messages.attachment_details, JSON), so a file message is still one after a restart.
#pragma once

#include "xmpp/modules/messaging/SharedFile.h"

namespace Palaver::Im::AttachmentDetails {

// Empty when there is nothing beyond the address.
QString toJson(const Xmpp::SharedFile& file);
// The file at this address with the details kept for it; a damaged entry loses only itself.
Xmpp::SharedFile fromJson(const QString& url, const QString& json);

} // namespace Palaver::Im::AttachmentDetails
