-- AlterTable
ALTER TABLE "Wish" ADD COLUMN     "destinationEnc" TEXT,
ADD COLUMN     "returnTrip" BOOLEAN,
ALTER COLUMN "category" DROP NOT NULL;

