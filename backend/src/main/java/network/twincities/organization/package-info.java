/**
 * Organizations: the partner bodies of the network (the forum, associations, governments, companies,
 * NGOs, academia), identified by their slug.
 */
package network.twincities.organization;
