/** What every feature's domain shares: the exception an entity throws when a change would break one of its rules. */
package network.twincities.platform.domain;
