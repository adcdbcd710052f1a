-- AlterEnum
ALTER TYPE "WishAction" ADD VALUE 'CATEGORISE';

