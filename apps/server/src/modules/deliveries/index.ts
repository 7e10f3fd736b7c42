export { registerDeliveries, type DeliveryServices } from "./register.js";
export { ReceiptTokens } from "./receipts/receipt-token.js";
