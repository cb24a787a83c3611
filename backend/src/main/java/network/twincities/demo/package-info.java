/**
 * The demo network: the facts of the Twin Cities initiative's first MoU (Smart City Expo USA 2024),
 * loaded once, idempotently, when {@code twincities.demo-data.enabled} is true (unset: when {@code
 * twincities.demo} is).
 */
package network.twincities.demo;
