/**
 * Best practices: what a territory of the network did that worked, with its reported outcomes, shared
 * so that others can adopt it; their adoptions by other territories; and the matchmaking that suggests
 * who might adopt a practice and which territories might twin.
 */
package network.twincities.practice;
