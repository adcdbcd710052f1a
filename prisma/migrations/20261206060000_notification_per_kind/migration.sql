-- DropIndex
DROP INDEX "Notification_wishId_eventSequence_channel_key";

-- CreateIndex
CREATE UNIQUE INDEX "Notification_wishId_eventSequence_channel_kind_key" ON "Notification"("wishId", "eventSequence", "channel", "kind");

