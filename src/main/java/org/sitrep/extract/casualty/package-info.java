/**
 * The casualty stage: {@link org.sitrep.extract.casualty.CasualtyReader} reads how many people one sentence of the
 * annotated document says were killed and wounded ({@link org.sitrep.extract.casualty.Casualties},
 * {@link org.sitrep.extract.casualty.Count}); {@link org.sitrep.extract.casualty.RuleCasualtyReader} is its
 * hand-written implementation, tuned by {@link org.sitrep.extract.casualty.CasualtyConfig}. The words it looks for
 * come from the language bundle's {@code casualty-*} resources.
 */
package org.sitrep.extract.casualty;
