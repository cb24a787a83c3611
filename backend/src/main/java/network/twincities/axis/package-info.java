/** Cooperation axes: the themes of cooperation (digital inclusion, social protection, …), mapped to UN SDGs. */
package network.twincities.axis;
